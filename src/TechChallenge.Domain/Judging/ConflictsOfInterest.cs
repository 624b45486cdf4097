namespace TechChallenge.Domain.Judging;

public enum ConflictSource
{
    /// <summary>The judge declared it (with an organisation or a team).</summary>
    Declared,

    /// <summary>The judge belongs to the same solver organisation as a member of the team.</summary>
    SameOrganization,

    /// <summary>The judge is or was a member of the team.</summary>
    TeamMember,
}

/// <summary>A conflict a judge declares: with a whole organisation or with one team.</summary>
public sealed class ConflictDeclaration
{
    public const int MaxReasonLength = 500;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public required string JudgeUserId { get; init; }
    public Guid? OrganizationId { get; init; }

    /// <summary>The organisation's name as the judge typed it, to show it back to them.</summary>
    public string? OrganizationName { get; init; }

    public Guid? TeamId { get; init; }
    public string Reason { get; init; } = "";
    public DateTime DeclaredAtUtc { get; init; }
}

/// <summary>A judge as conflict detection sees them.</summary>
public sealed record ConflictJudge(string UserId, Guid? OrganizationId);

/// <summary>An entry's team: the organisations of its members, and every user who is or was a member.</summary>
public sealed record ConflictTeam(Guid ProposalId, Guid TeamId, IReadOnlyCollection<Guid> MemberOrganizationIds, IReadOnlyCollection<string> PresentAndFormerMemberUserIds);

public sealed record Conflict(string JudgeUserId, Guid ProposalId, ConflictSource Source);

public static class ConflictsOfInterest
{
    /// <summary>Every judge–entry conflict, declared or detected; one per pair, declared first.</summary>
    public static IReadOnlyList<Conflict> Find(
        IReadOnlyCollection<ConflictJudge> judges,
        IReadOnlyCollection<ConflictTeam> teams,
        IReadOnlyCollection<ConflictDeclaration> declarations)
    {
        var found = new Dictionary<EntryJudge, Conflict>();
        void Add(string judge, Guid proposal, ConflictSource source) =>
            found.TryAdd(new EntryJudge(proposal, judge), new Conflict(judge, proposal, source));

        foreach (var declaration in declarations)
        {
            foreach (var team in teams.Where(t => t.TeamId == declaration.TeamId
                || (declaration.OrganizationId is { } organization && t.MemberOrganizationIds.Contains(organization))))
            {
                Add(declaration.JudgeUserId, team.ProposalId, ConflictSource.Declared);
            }
        }

        foreach (var judge in judges)
        {
            foreach (var team in teams)
            {
                if (team.PresentAndFormerMemberUserIds.Contains(judge.UserId))
                {
                    Add(judge.UserId, team.ProposalId, ConflictSource.TeamMember);
                }
                else if (judge.OrganizationId is { } organization && team.MemberOrganizationIds.Contains(organization))
                {
                    Add(judge.UserId, team.ProposalId, ConflictSource.SameOrganization);
                }
            }
        }

        return found.Values.ToList();
    }
}
