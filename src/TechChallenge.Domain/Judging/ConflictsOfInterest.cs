namespace TechChallenge.Domain.Judging;

public static class ConflictsOfInterest
{
    /// <summary>Every judge–entry conflict, declared or detected; one per pair, declared first.</summary>
    public static IReadOnlyList<Conflict> Find(
        IReadOnlyCollection<ConflictJudge> judges,
        IReadOnlyCollection<ConflictTeam> teams,
        IReadOnlyCollection<ConflictDeclaration> declarations
    )
    {
        var found = new Dictionary<EntryJudge, Conflict>();
        void Add(string judge, Guid proposal, ConflictSource source) =>
            found.TryAdd(new EntryJudge(proposal, judge), new Conflict(judge, proposal, source));

        foreach (var declaration in declarations)
        {
            foreach (
                var team in teams.Where(t =>
                    t.TeamId == declaration.TeamId
                    || (declaration.OrganizationId is { } organization && t.MemberOrganizationIds.Contains(organization))
                )
            )
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
