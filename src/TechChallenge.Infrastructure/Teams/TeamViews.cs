using TechChallenge.Domain.Teams;

namespace TechChallenge.Infrastructure.Teams;

public sealed record TeamMemberView(
    string UserId,
    string DisplayName,
    string? OrganizationName,
    string? OrganizationNameZh,
    TeamRole Role,
    DateTime JoinedAtUtc
);

public sealed record TeamInvitationView(Guid Id, string Email, DateTime CreatedAtUtc);

public sealed record TeamView(
    Guid Id,
    Guid ChallengeId,
    string Name,
    IReadOnlyList<TeamMemberView> Members,
    IReadOnlyList<TeamInvitationView> PendingInvitations
)
{
    public bool IsLead(string? userId) => Members.Any(m => m.UserId == userId && m.Role == TeamRole.Lead);
}

/// <summary>An invitation waiting for the signed-in solver.</summary>
public sealed record InvitationToTeam(
    Guid Id,
    Guid ChallengeId,
    string ChallengeTitle,
    string TeamName,
    string InvitedBy,
    DateTime CreatedAtUtc
);
