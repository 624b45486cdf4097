using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class AwardsTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly IReadOnlySet<Guid> Entries = new HashSet<Guid> { A, B };

    [Fact]
    public void Awards_go_once_each_to_entries_of_the_challenge_with_a_place_a_title_and_no_negative_amount()
    {
        Assert.Null(
            Awards.Check([new AwardPlan(A, 1, "一等奖 First prize", 100_000), new AwardPlan(B, 1, "一等奖 First prize", 100_000)], Entries)
        );
        Assert.Null(Awards.Check([], Entries));
        Assert.Equal(RuleCodes.NotFound, Awards.Check([new AwardPlan(Guid.NewGuid(), 1, "First", null)], Entries)?.Code);
        Assert.Equal(RuleCodes.AwardPlaceInvalid, Awards.Check([new AwardPlan(A, 0, "First", null)], Entries)?.Code);
        Assert.Equal(RuleCodes.AwardTitleRequired, Awards.Check([new AwardPlan(A, 1, " ", null)], Entries)?.Code);
        Assert.Equal(
            RuleCodes.AwardTitleRequired,
            Awards.Check([new AwardPlan(A, 1, new string('奖', Award.MaxTitleLength + 1), null)], Entries)?.Code
        );
        Assert.Equal(RuleCodes.AwardNegative, Awards.Check([new AwardPlan(A, 1, "First", -1)], Entries)?.Code);
        Assert.Equal(
            RuleCodes.AwardDuplicate,
            Awards.Check([new AwardPlan(A, 1, "First", null), new AwardPlan(A, 2, "Second", null)], Entries)?.Code
        );
    }
}
