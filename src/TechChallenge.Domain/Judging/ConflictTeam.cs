namespace TechChallenge.Domain.Judging;

/// <summary>An entry's team: the organisations of its members, and every user who is or was a member.</summary>
public sealed record ConflictTeam(
    Guid ProposalId,
    Guid TeamId,
    IReadOnlyCollection<Guid> MemberOrganizationIds,
    IReadOnlyCollection<string> PresentAndFormerMemberUserIds
);
