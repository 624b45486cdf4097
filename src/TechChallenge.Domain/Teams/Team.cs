using System.Net.Mail;
using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Teams;

/// <summary>
/// The solvers answering one challenge together; the team, not any one member, owns its proposal. A solver is in at
/// most one team per challenge. Members may come from different organisations: each keeps the one they joined with.
/// </summary>
public sealed class Team
{
    public const int MaxMembers = 12;
    public const int MaxNameLength = 100;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public string Name { get; private set; } = "";
    public DateTime CreatedAtUtc { get; init; }
    public List<TeamMember> Members { get; init; } = [];
    public List<TeamInvitation> Invitations { get; init; } = [];

    /// <summary>Members who left or were removed: a judge who once belonged to the team stays in conflict with it.</summary>
    public List<TeamDeparture> Departures { get; init; } = [];

    public TeamMember? Lead => Members.SingleOrDefault(m => m.Role == TeamRole.Lead);

    public bool IsMember(string userId) => Members.Any(m => m.UserId == userId);

    public bool IsLead(string userId) => Lead?.UserId == userId;

    public IEnumerable<TeamInvitation> PendingInvitations => Invitations.Where(i => i.Status == TeamInvitationStatus.Pending);

    /// <summary>A solver starts an entry: a team of one, named after them until the lead renames it.</summary>
    public static Team Found(Guid challengeId, string name, string leadUserId, Guid? leadOrganizationId, DateTime nowUtc)
    {
        var team = new Team
        {
            ChallengeId = challengeId,
            Name = Shorten(name),
            CreatedAtUtc = nowUtc,
        };
        team.Members.Add(
            new TeamMember
            {
                TeamId = team.Id,
                ChallengeId = challengeId,
                UserId = leadUserId,
                Role = TeamRole.Lead,
                OrganizationId = leadOrganizationId,
                JoinedAtUtc = nowUtc,
            }
        );
        return team;
    }

    public Outcome Rename(string actorUserId, string name)
    {
        if (!IsLead(actorUserId))
        {
            return Outcome.Refused(RuleCodes.TeamLeadOnly);
        }

        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            return Outcome.Refused(RuleCodes.TeamNameInvalid, MaxNameLength);
        }

        Name = trimmed;
        return Outcome.Success;
    }

    /// <summary>The lead invites someone by e-mail; it reaches them when they sign in with that address.</summary>
    public Outcome<TeamInvitation> Invite(string actorUserId, string email, IReadOnlyCollection<string> memberEmails, DateTime nowUtc)
    {
        if (!IsLead(actorUserId))
        {
            return Outcome<TeamInvitation>.Refused(RuleCodes.TeamLeadOnly);
        }

        if (!MailAddress.TryCreate(email.Trim(), out var address))
        {
            return Outcome<TeamInvitation>.Refused(RuleCodes.InvitationEmailInvalid);
        }

        var normalized = address.Address.ToLowerInvariant();
        if (memberEmails.Any(m => string.Equals(m, normalized, StringComparison.OrdinalIgnoreCase)))
        {
            return Outcome<TeamInvitation>.Refused(RuleCodes.TeamAlreadyMember, normalized);
        }

        if (PendingInvitations.FirstOrDefault(i => i.Email == normalized) is { } pending)
        {
            // Inviting the same person twice (a double click) is the same invitation.
            return Outcome<TeamInvitation>.Ok(pending);
        }

        if (Members.Count + PendingInvitations.Count() >= MaxMembers)
        {
            return Outcome<TeamInvitation>.Refused(RuleCodes.TeamFull, MaxMembers);
        }

        var invitation = new TeamInvitation
        {
            TeamId = Id,
            Email = normalized,
            InvitedByUserId = actorUserId,
            CreatedAtUtc = nowUtc,
        };
        Invitations.Add(invitation);
        return Outcome<TeamInvitation>.Ok(invitation);
    }

    /// <summary>
    /// The invited person joins. Whether they are already in another team for this challenge is the caller's to
    /// check (the database's unique index on challenge and user holds it under races).
    /// </summary>
    public Outcome Accept(Guid invitationId, string userId, string userEmail, Guid? organizationId, DateTime nowUtc)
    {
        var invitation = PendingInvitations.SingleOrDefault(i => i.Id == invitationId);
        if (invitation is null)
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        if (!string.Equals(invitation.Email, userEmail, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Refused(RuleCodes.InvitationForAnotherEmail, invitation.Email);
        }

        if (IsMember(userId))
        {
            return Outcome.Refused(RuleCodes.TeamAlreadyMember, userEmail);
        }

        invitation.Respond(TeamInvitationStatus.Accepted, nowUtc);
        Members.Add(
            new TeamMember
            {
                TeamId = Id,
                ChallengeId = ChallengeId,
                UserId = userId,
                Role = TeamRole.Member,
                OrganizationId = organizationId,
                JoinedAtUtc = nowUtc,
            }
        );
        return Outcome.Success;
    }

    public Outcome Decline(Guid invitationId, string userEmail, DateTime nowUtc)
    {
        var invitation = PendingInvitations.SingleOrDefault(i => i.Id == invitationId);
        if (invitation is null || !string.Equals(invitation.Email, userEmail, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        invitation.Respond(TeamInvitationStatus.Declined, nowUtc);
        return Outcome.Success;
    }

    public Outcome RevokeInvitation(string actorUserId, Guid invitationId, DateTime nowUtc)
    {
        if (!IsLead(actorUserId))
        {
            return Outcome.Refused(RuleCodes.TeamLeadOnly);
        }

        var invitation = PendingInvitations.SingleOrDefault(i => i.Id == invitationId);
        if (invitation is null)
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        invitation.Respond(TeamInvitationStatus.Revoked, nowUtc);
        return Outcome.Success;
    }

    /// <summary>The lead removes a member, or a member leaves. The lead stays: the entry always has someone answerable.</summary>
    public Outcome<TeamMember> Remove(string actorUserId, string memberUserId, DateTime nowUtc)
    {
        var member = Members.SingleOrDefault(m => m.UserId == memberUserId);
        if (member is null)
        {
            return Outcome<TeamMember>.Refused(RuleCodes.NotFound);
        }

        if (actorUserId != memberUserId && !IsLead(actorUserId))
        {
            return Outcome<TeamMember>.Refused(RuleCodes.TeamLeadOnly);
        }

        if (member.Role == TeamRole.Lead)
        {
            return Outcome<TeamMember>.Refused(RuleCodes.TeamLeadCannotLeave);
        }

        Members.Remove(member);
        Departures.Add(
            new TeamDeparture
            {
                TeamId = Id,
                UserId = member.UserId,
                OrganizationId = member.OrganizationId,
                LeftAtUtc = nowUtc,
            }
        );
        return Outcome<TeamMember>.Ok(member);
    }

    private static string Shorten(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length <= MaxNameLength ? trimmed : trimmed[..MaxNameLength];
    }
}
