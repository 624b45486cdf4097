using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;

namespace TechChallenge.Domain.Tests.Challenges;

/// <summary>
/// Each round scored on its own criteria, in its own window: <see cref="Challenge.CriteriaOf"/> and the checks around it.
/// </summary>
public class RoundScoringTests
{
    private static readonly DateTime FirstJudgingCloses = Deadline.AddDays(14);
    private static readonly DateTime FinalOpens = FirstJudgingCloses.AddDays(1);
    private static readonly DateTime FinalCloses = FirstJudgingCloses.AddDays(10);
    private static readonly DateTime FinalJudgingCloses = FirstJudgingCloses.AddDays(20);

    private static readonly CriterionPlan[] RoadshowCriteria =
    [
        new("Pilot-line readiness", "Can it run on the enterprise's line?", 70, "0–3 lab only; 7–10 pilot proven", Round: 2),
        new("Presentation", "", 30, Round: 2),
    ];

    private static ChallengeContent TwoRounds(params CriterionPlan[] roundTwoCriteria) =>
        Content() with
        {
            Rounds =
            [
                Round("Preliminary review", Opens, Deadline, Deadline, FirstJudgingCloses),
                Round("Final roadshow", FinalOpens, FinalCloses, FinalCloses, FinalJudgingCloses),
            ],
            Criteria = [.. Content().Criteria, .. roundTwoCriteria],
        };

    [Fact]
    public void A_round_with_its_own_criteria_is_scored_on_them_and_round_one_keeps_its_own()
    {
        var challenge = Draft(TwoRounds(RoadshowCriteria));

        Assert.Equal(["Technical feasibility", "Cost"], challenge.CriteriaOf(1).Select(c => c.Name));
        Assert.Equal(["Pilot-line readiness", "Presentation"], challenge.CriteriaOf(2).Select(c => c.Name));
        Assert.Equal("0–3 lab only; 7–10 pilot proven", challenge.CriteriaOf(2)[0].Anchors);
        Assert.True(challenge.HasOwnCriteria(2));
    }

    [Fact]
    public void A_later_round_without_criteria_of_its_own_is_scored_on_round_ones()
    {
        var challenge = Draft(TwoRounds());

        Assert.False(challenge.HasOwnCriteria(2));
        Assert.Equal(challenge.CriteriaOf(1).Select(c => c.Id), challenge.CriteriaOf(2).Select(c => c.Id));
    }

    [Fact]
    public void The_content_reads_back_round_by_round_whatever_order_the_author_listed_them_in()
    {
        var content = TwoRounds() with { Criteria = [RoadshowCriteria[0], .. Content().Criteria, RoadshowCriteria[1]] };

        var challenge = Draft(content);

        Assert.Equal([1, 1, 2, 2], challenge.Content.Criteria.Select(c => c.Round));
        Assert.Equal(
            ["Technical feasibility", "Cost", "Pilot-line readiness", "Presentation"],
            challenge.Content.Criteria.Select(c => c.Name)
        );
    }

    [Fact]
    public void Each_rounds_weights_must_reach_100_on_their_own()
    {
        var violation = ChallengeLifecycle.CheckCriteria([.. Content().Criteria, RoadshowCriteria[0]], roundCount: 2);

        Assert.Equal(new RuleViolation(RuleCodes.RoundCriteriaWeightsMustSumTo100, 2, 70m).ToString(), violation?.ToString());
        Assert.Null(ChallengeLifecycle.CheckCriteria([.. Content().Criteria, .. RoadshowCriteria], roundCount: 2));
    }

    [Fact]
    public void Round_one_must_have_criteria_even_when_a_later_round_has()
    {
        Assert.Equal(RuleCodes.CriteriaRequired, ChallengeLifecycle.CheckCriteria(RoadshowCriteria, roundCount: 2)?.Code);
    }

    [Fact]
    public void A_criterion_of_a_round_the_challenge_does_not_have_is_refused()
    {
        Assert.Equal(
            RuleCodes.CriterionRoundUnknown,
            ChallengeLifecycle.CheckCriteria([.. Content().Criteria, .. RoadshowCriteria], roundCount: 1)?.Code
        );
        Assert.Equal(
            RuleCodes.CriterionRoundUnknown,
            ChallengeLifecycle.CheckCriteria([.. Content().Criteria, new CriterionPlan("Zero", "", 100, Round: 0)], roundCount: 2)?.Code
        );
    }

    [Fact]
    public void Editing_one_round_keeps_the_ids_of_the_other_rounds_criteria()
    {
        var challenge = Draft(TwoRounds(RoadshowCriteria));
        var roadshowIds = challenge.CriteriaOf(2).Select(c => c.Id).ToList();
        var feasibilityId = challenge.CriteriaOf(1)[0].Id;

        // A third round 1 criterion, listed before round 2's: round 2's criteria are matched within their round.
        var edited = TwoRounds(RoadshowCriteria) with
        {
            Criteria =
            [
                new CriterionPlan("Technical feasibility", "", 50),
                new CriterionPlan("Cost", "", 30),
                new CriterionPlan("Safety", "", 20),
                .. RoadshowCriteria,
            ],
        };
        Assert.True(challenge.Edit(edited, [], Now, "manager").Succeeded);

        Assert.Equal(roadshowIds, challenge.CriteriaOf(2).Select(c => c.Id));
        Assert.Equal(feasibilityId, challenge.CriteriaOf(1)[0].Id);
        Assert.Equal(3, challenge.CriteriaOf(1).Count);
    }

    [Fact]
    public void Dropping_a_rounds_own_criteria_falls_back_to_round_ones()
    {
        var challenge = Draft(TwoRounds(RoadshowCriteria));

        Assert.True(challenge.Edit(TwoRounds(), [], Now, "manager").Succeeded);

        Assert.Equal(2, challenge.Criteria.Count);
        Assert.Equal(challenge.CriteriaOf(1), challenge.CriteriaOf(2));
    }

    [Fact]
    public void A_later_round_is_scored_only_between_its_own_submission_close_and_its_judging_close()
    {
        var challenge = Judging(TwoRounds(RoadshowCriteria));

        Assert.Equal(RuleCodes.ScoringNotOpen, ChallengeLifecycle.CheckAcceptsScores(challenge, 2, FinalCloses.AddTicks(-1))?.Code);
        Assert.Null(ChallengeLifecycle.CheckAcceptsScores(challenge, 2, FinalCloses));
        Assert.Null(ChallengeLifecycle.CheckAcceptsScores(challenge, 2, FinalJudgingCloses.AddTicks(-1)));
        Assert.Equal(RuleCodes.ScoringClosed, ChallengeLifecycle.CheckAcceptsScores(challenge, 2, FinalJudgingCloses)?.Code);

        // Round 1's cards have long been locked by then.
        Assert.Equal(RuleCodes.ScoringClosed, ChallengeLifecycle.CheckAcceptsScores(challenge, 1, FinalCloses)?.Code);
    }

    [Fact]
    public void A_later_round_is_never_scored_before_the_challenge_is_judged_nor_a_round_it_does_not_have()
    {
        var challenge = Draft(TwoRounds(RoadshowCriteria));

        Assert.Equal(RuleCodes.ScoringNotOpen, ChallengeLifecycle.CheckAcceptsScores(challenge, 2, FinalCloses)?.Code);
        Assert.Equal(RuleCodes.ScoringNotOpen, ChallengeLifecycle.CheckAcceptsScores(Judging(TwoRounds()), 3, FinalCloses)?.Code);
    }

    [Fact]
    public void The_current_round_is_the_latest_whose_submissions_have_opened()
    {
        var challenge = Draft(TwoRounds());

        Assert.Equal(1, challenge.CurrentRoundNumber(Now));
        Assert.Equal(1, challenge.CurrentRoundNumber(FinalOpens.AddTicks(-1)));
        Assert.Equal(2, challenge.CurrentRoundNumber(FinalOpens));
        Assert.Equal(1, challenge.RoundNumberOrCurrent(1, FinalOpens));
        Assert.Equal(2, challenge.RoundNumberOrCurrent(3, FinalOpens));
        Assert.Equal(1, challenge.RoundNumberOrCurrent(null, Now));
    }

    [Fact]
    public void Judges_are_reminded_before_each_rounds_judging_close()
    {
        var challenge = Judging(TwoRounds(RoadshowCriteria));

        var judges = ReminderSchedule
            .Plan(challenge, ReminderOffsets.Default, Deadline.AddHours(1))
            .Where(p => p.Audience == ReminderAudience.Judges)
            .ToList();

        Assert.Equal(
            [
                .. ReminderOffsets.Default.Judges.Select(o => (1, FirstJudgingCloses - o)),
                .. ReminderOffsets.Default.Judges.Select(o => (2, FinalJudgingCloses - o)),
            ],
            judges.Select(p => (p.Round, p.AtUtc)).Order().ToList()
        );
    }

    private static Challenge Judging(ChallengeContent content)
    {
        var challenge = Draft(content);
        foreach (
            var trigger in new[]
            {
                ChallengeTrigger.SubmitForReview,
                ChallengeTrigger.Approve,
                ChallengeTrigger.Publish,
                ChallengeTrigger.OpenSubmissions,
                ChallengeTrigger.CloseSubmissions,
                ChallengeTrigger.StartJudging,
            }
        )
        {
            Assert.True(challenge.Apply(trigger, TimeFor(trigger), Admin, "ok").Succeeded, trigger.ToString());
        }

        return challenge;
    }
}
