using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class ConflictsOfInterestTests
{
    private static readonly Guid Jiangnan = Guid.NewGuid();
    private static readonly Guid Graphene = Guid.NewGuid();
    private static readonly Guid Nantong = Guid.NewGuid();

    private static readonly ConflictTeam TeamOne = new(Guid.NewGuid(), Guid.NewGuid(), [Jiangnan, Graphene], ["lead1", "member1", "left1"]);
    private static readonly ConflictTeam TeamTwo = new(Guid.NewGuid(), Guid.NewGuid(), [Nantong], ["lead2"]);

    [Fact]
    public void A_judge_from_a_member_organisation_is_in_conflict_with_that_team_only()
    {
        var conflicts = ConflictsOfInterest.Find([new ConflictJudge("judge", Graphene)], [TeamOne, TeamTwo], []);

        Assert.Equal([new Conflict("judge", TeamOne.ProposalId, ConflictSource.SameOrganization)], conflicts);
    }

    [Fact]
    public void A_present_or_former_team_member_is_in_conflict()
    {
        var conflicts = ConflictsOfInterest.Find(
            [new ConflictJudge("left1", null), new ConflictJudge("lead2", Jiangnan)],
            [TeamOne, TeamTwo],
            []
        );

        Assert.Contains(new Conflict("left1", TeamOne.ProposalId, ConflictSource.TeamMember), conflicts);
        Assert.Contains(new Conflict("lead2", TeamTwo.ProposalId, ConflictSource.TeamMember), conflicts);
        Assert.Contains(new Conflict("lead2", TeamOne.ProposalId, ConflictSource.SameOrganization), conflicts);
        Assert.Equal(3, conflicts.Count);
    }

    [Fact]
    public void Declared_conflicts_cover_a_team_or_every_team_with_a_member_of_an_organisation()
    {
        ConflictDeclaration[] declared =
        [
            new()
            {
                JudgeUserId = "j1",
                TeamId = TeamTwo.TeamId,
                Reason = "Former supervisor of the lead",
            },
            new()
            {
                JudgeUserId = "j2",
                OrganizationId = Jiangnan,
                Reason = "Adjunct professor",
            },
        ];

        var conflicts = ConflictsOfInterest.Find(
            [new ConflictJudge("j1", null), new ConflictJudge("j2", null)],
            [TeamOne, TeamTwo],
            declared
        );

        Assert.Equal(
            [
                new Conflict("j1", TeamTwo.ProposalId, ConflictSource.Declared),
                new Conflict("j2", TeamOne.ProposalId, ConflictSource.Declared),
            ],
            conflicts.OrderBy(c => c.JudgeUserId)
        );
    }

    [Fact]
    public void A_judge_with_no_tie_has_no_conflict()
    {
        Assert.Empty(ConflictsOfInterest.Find([new ConflictJudge("outsider", Guid.NewGuid())], [TeamOne, TeamTwo], []));
    }

    [Fact]
    public void A_pair_is_reported_once_with_the_declared_reason_first()
    {
        ConflictDeclaration[] declared = [new() { JudgeUserId = "judge", OrganizationId = Graphene }];

        var conflicts = ConflictsOfInterest.Find([new ConflictJudge("judge", Graphene)], [TeamOne], declared);

        Assert.Equal([new Conflict("judge", TeamOne.ProposalId, ConflictSource.Declared)], conflicts);
    }
}
