using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;

namespace TechChallenge.Domain.Tests.Challenges;

public class RoundScheduleTests
{
    private static readonly RoundPlan Preliminary = Round(
        "Preliminary review",
        Now.AddDays(1),
        Now.AddDays(30),
        Now.AddDays(31),
        Now.AddDays(45)
    );
    private static readonly RoundPlan Roadshow = Round(
        "Final roadshow",
        Now.AddDays(46),
        Now.AddDays(60),
        Now.AddDays(61),
        Now.AddDays(62)
    );

    [Fact]
    public void Two_rounds_in_sequence_are_sound() => Assert.Null(RoundSchedule.Check([Preliminary, Roadshow], Now));

    [Fact]
    public void The_first_round_may_already_be_open_it_then_opens_on_publication() =>
        Assert.Null(RoundSchedule.Check([Preliminary with { SubmissionOpensUtc = Now.AddDays(-3) }], Now));

    public static TheoryData<string, string, int> Broken() =>
        new()
        {
            { "none", RuleCodes.RoundsRequired, 0 },
            { "unnamed", RuleCodes.RoundNameRequired, 2 },
            { "submission-reversed", RuleCodes.RoundWindowReversed, 1 },
            { "judging-reversed", RuleCodes.RoundWindowReversed, 2 },
            { "judging-early", RuleCodes.RoundJudgingBeforeSubmissionsClose, 1 },
            { "overlap", RuleCodes.RoundsOverlap, 2 },
            { "closed", RuleCodes.RoundInPast, 1 },
        };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_timeline_names_the_rule_and_the_round(string problem, string expectedCode, int expectedRound)
    {
        RoundPlan[] rounds = problem switch
        {
            "none" => [],
            "unnamed" => [Preliminary, Roadshow with { Name = " " }],
            "submission-reversed" => [Preliminary with { SubmissionClosesUtc = Preliminary.SubmissionOpensUtc }],
            "judging-reversed" => [Preliminary, Roadshow with { JudgingClosesUtc = Roadshow.JudgingOpensUtc.AddHours(-1) }],
            "judging-early" => [Preliminary with { JudgingOpensUtc = Preliminary.SubmissionClosesUtc.AddMinutes(-1) }],
            "overlap" => [Preliminary, Roadshow with { SubmissionOpensUtc = Preliminary.JudgingClosesUtc.AddDays(-1) }],
            "closed" => [Preliminary with { SubmissionOpensUtc = Now.AddDays(-5), SubmissionClosesUtc = Now }],
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var violation = RoundSchedule.Check(rounds, Now);

        Assert.NotNull(violation);
        Assert.Equal(expectedCode, violation.Code);
        if (expectedRound > 0)
        {
            Assert.Equal(expectedRound, violation.Arguments[^1]);
        }
    }
}
