using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Teams;

/// <summary>
/// Teams per challenge: the lead invites solvers by e-mail (from any organisation), members leave or are removed.
/// The team's composition is frozen with its entry when the submission window closes for it.
/// </summary>
public sealed class TeamService(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The actor's team for the challenge, or null when they are in none.</summary>
    public async Task<TeamView?> GetMineAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teamId = await ProposalStore.TeamIdOfAsync(db, actor, challengeId, cancellationToken);
        return teamId is null ? null : await ViewAsync(db, teamId.Value, withInvitations: true, cancellationToken);
    }

    public async Task<Outcome<TeamView>> RenameAsync(
        Actor actor,
        Guid challengeId,
        string name,
        CancellationToken cancellationToken = default
    ) => await ChangeAsync(actor, challengeId, (team, _, _) => team.Rename(actor.UserId!, name), cancellationToken);

    /// <summary>The lead invites a solver by e-mail; a solver who starts a team this way becomes its lead.</summary>
    public async Task<Outcome<TeamView>> InviteAsync(
        Actor actor,
        Guid challengeId,
        string email,
        CancellationToken cancellationToken = default
    )
    {
        return await ChangeAsync(
            actor,
            challengeId,
            async (team, db, challenge) =>
            {
                var memberIds = team.Members.Select(m => m.UserId).ToList();
                var memberEmails = await db.Users.Where(u => memberIds.Contains(u.Id)).Select(u => u.Email!).ToListAsync(cancellationToken);
                var invited = team.Invite(actor.UserId!, email, memberEmails, UtcNow);
                if (!invited.Succeeded)
                {
                    return invited;
                }

                if (invited.Value.Status == TeamInvitationStatus.Pending && db.Entry(invited.Value).State == EntityState.Detached)
                {
                    db.TeamInvitations.Add(invited.Value);
                    var invitee = await db
                        .Users.Where(u => u.NormalizedEmail == invited.Value.Email.ToUpperInvariant())
                        .Select(u => u.Id)
                        .ToListAsync(cancellationToken);
                    await notifier.AddAsync(
                        db,
                        new NotificationRequest(NotificationKind.TeamInvitation, challenge.Id, challenge.Title, "/proposals/mine", invitee),
                        cancellationToken
                    );
                }

                return Outcome.Success;
            },
            cancellationToken,
            startIfMissing: true
        );
    }

    public async Task<Outcome<TeamView>> RevokeInvitationAsync(
        Actor actor,
        Guid challengeId,
        Guid invitationId,
        CancellationToken cancellationToken = default
    ) =>
        await ChangeAsync(
            actor,
            challengeId,
            (team, _, _) => team.RevokeInvitation(actor.UserId!, invitationId, UtcNow),
            cancellationToken
        );

    /// <summary>The lead removes a member, or a member (<paramref name="memberUserId"/> = the actor) leaves.</summary>
    public async Task<Outcome<TeamView>> RemoveAsync(
        Actor actor,
        Guid challengeId,
        string memberUserId,
        CancellationToken cancellationToken = default
    ) =>
        await ChangeAsync(
            actor,
            challengeId,
            (team, db, _) =>
            {
                var removed = team.Remove(actor.UserId!, memberUserId, UtcNow);
                if (removed.Succeeded)
                {
                    db.TeamMembers.Remove(removed.Value);
                }

                return removed;
            },
            cancellationToken
        );

    public async Task<IReadOnlyList<InvitationToTeam>> ListInvitationsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var email = await EmailOfAsync(db, actor, cancellationToken);
        return await (
            from i in db.TeamInvitations
            join t in db.Teams on i.TeamId equals t.Id
            join c in db.Challenges on t.ChallengeId equals c.Id
            join u in db.Users on i.InvitedByUserId equals u.Id
            where i.Email == email && i.Status == TeamInvitationStatus.Pending
            orderby i.CreatedAtUtc descending
            select new InvitationToTeam(i.Id, c.Id, c.Title, t.Name, u.DisplayName, i.CreatedAtUtc)
        ).ToListAsync(cancellationToken);
    }

    /// <summary>The invited solver joins, unless they are already in another team for the same challenge.</summary>
    public async Task<Outcome> AcceptAsync(Actor actor, Guid invitationId, CancellationToken cancellationToken = default) =>
        await RespondAsync(actor, invitationId, accept: true, cancellationToken);

    public async Task<Outcome> DeclineAsync(Actor actor, Guid invitationId, CancellationToken cancellationToken = default) =>
        await RespondAsync(actor, invitationId, accept: false, cancellationToken);

    internal static async Task<TeamView> ViewAsync(AppDbContext db, Guid teamId, bool withInvitations, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == teamId, cancellationToken);
        var members = await (
            from m in db.TeamMembers
            join u in db.Users on m.UserId equals u.Id
            join o in db.SolverOrganizations on m.OrganizationId equals o.Id into organizations
            from o in organizations.DefaultIfEmpty()
            where m.TeamId == teamId
            select new
            {
                m.UserId,
                u.DisplayName,
                OrganizationName = o == null ? null : o.Name,
                OrganizationNameZh = o == null ? null : o.NameZh,
                m.Role,
                m.JoinedAtUtc,
            }
        ).ToListAsync(cancellationToken);
        var invitations = withInvitations
            ? await db
                .TeamInvitations.Where(i => i.TeamId == teamId && i.Status == TeamInvitationStatus.Pending)
                .OrderBy(i => i.CreatedAtUtc)
                .Select(i => new TeamInvitationView(i.Id, i.Email, i.CreatedAtUtc))
                .ToListAsync(cancellationToken)
            : [];
        return new TeamView(
            team.Id,
            team.ChallengeId,
            team.Name,
            [
                .. members
                    .OrderBy(m => m.Role)
                    .ThenBy(m => m.JoinedAtUtc)
                    .Select(m => new TeamMemberView(
                        m.UserId,
                        m.DisplayName,
                        m.OrganizationName,
                        m.OrganizationNameZh,
                        m.Role,
                        m.JoinedAtUtc
                    )),
            ],
            invitations
        );
    }

    private async Task<Outcome> RespondAsync(Actor actor, Guid invitationId, bool accept, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Roles.Solver) || actor.UserId is null)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teamId = await db
            .TeamInvitations.Where(i => i.Id == invitationId)
            .Select(i => (Guid?)i.TeamId)
            .SingleOrDefaultAsync(cancellationToken);
        var team = teamId is null
            ? null
            : await db.Teams.Include(t => t.Members).Include(t => t.Invitations).SingleAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        var me = await db
            .Users.Where(u => u.Id == actor.UserId)
            .Select(u => new { u.Email, u.SolverOrganizationId })
            .SingleAsync(cancellationToken);
        if (!accept)
        {
            var declined = team.Decline(invitationId, me.Email ?? "", UtcNow);
            if (declined.Succeeded)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return declined;
        }

        var challenge = await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == team.ChallengeId, cancellationToken);
        await using var window = await SubmissionWindow.OpenAsync(db, challenge, team.Id, cancellationToken);
        if (window.Closed is { } closed)
        {
            return Outcome.Refused(closed);
        }

        var current = await (
            from m in db.TeamMembers
            join t in db.Teams on m.TeamId equals t.Id
            where m.ChallengeId == team.ChallengeId && m.UserId == actor.UserId
            select t.Name
        ).FirstOrDefaultAsync(cancellationToken);
        if (current is not null)
        {
            return Outcome.Refused(RuleCodes.TeamOtherTeam, current);
        }

        var accepted = team.Accept(invitationId, actor.UserId, me.Email ?? "", me.SolverOrganizationId, UtcNow);
        if (!accepted.Succeeded)
        {
            return accepted;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await window.CommitAsync(cancellationToken);
            return Outcome.Success;
        }
        catch (DbUpdateException)
        {
            // The unique (challenge, member) index: they joined or started another team a moment ago.
            return Outcome.Refused(RuleCodes.TeamOtherTeam, "");
        }
    }

    private Task<Outcome<TeamView>> ChangeAsync(
        Actor actor,
        Guid challengeId,
        Func<Team, AppDbContext, Challenge, Outcome> change,
        CancellationToken cancellationToken
    ) => ChangeAsync(actor, challengeId, (team, db, challenge) => Task.FromResult(change(team, db, challenge)), cancellationToken);

    /// <summary>Loads the actor's team (starting one if asked), applies a change while the window is open, saves.</summary>
    private async Task<Outcome<TeamView>> ChangeAsync(
        Actor actor,
        Guid challengeId,
        Func<Team, AppDbContext, Challenge, Task<Outcome>> change,
        CancellationToken cancellationToken,
        bool startIfMissing = false
    )
    {
        if (!actor.IsInRole(Roles.Solver) || actor.UserId is null)
        {
            return Outcome<TeamView>.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db
            .Challenges.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == challengeId && c.Status != ChallengeStatus.Draft, cancellationToken);
        if (challenge is null)
        {
            return Outcome<TeamView>.Refused(RuleCodes.NotFound);
        }

        var teamId = await ProposalStore.TeamIdOfAsync(db, actor, challengeId, cancellationToken);
        await using var window = await SubmissionWindow.OpenAsync(db, challenge, teamId, cancellationToken);
        if (window.Closed is { } closed)
        {
            return Outcome<TeamView>.Refused(closed);
        }

        Team team;
        if (teamId is null)
        {
            if (!startIfMissing)
            {
                return Outcome<TeamView>.Refused(RuleCodes.TeamNotMember);
            }

            var me = await db
                .Users.Where(u => u.Id == actor.UserId)
                .Select(u => new { u.DisplayName, u.SolverOrganizationId })
                .SingleAsync(cancellationToken);
            team = Team.Found(challengeId, me.DisplayName, actor.UserId, me.SolverOrganizationId, UtcNow);
            db.Teams.Add(team);
        }
        else
        {
            team = await db.Teams.Include(t => t.Members).Include(t => t.Invitations).SingleAsync(t => t.Id == teamId, cancellationToken);
        }

        var changed = await change(team, db, challenge);
        if (!changed.Succeeded)
        {
            return Outcome<TeamView>.Refused(changed.Violation!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await window.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Outcome<TeamView>.Refused(RuleCodes.ProposalEditedElsewhere);
        }

        return Outcome<TeamView>.Ok(await ViewAsync(db, team.Id, withInvitations: true, cancellationToken));
    }

    private static async Task<string> EmailOfAsync(AppDbContext db, Actor actor, CancellationToken cancellationToken) =>
        (await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.Email).SingleAsync(cancellationToken) ?? "").ToLowerInvariant();
}
