using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;

namespace TechChallenge.Domain.Tests.Challenges;

public class ChallengeLifecycleTests
{
    [Fact]
    public void Publishing_opens_submissions_and_records_who_when_and_from_where()
    {
        var challenge = Publishable();

        var outcome = challenge.Apply(ChallengeTrigger.Publish, Now, "manager-1");

        Assert.True(outcome.Succeeded);
        Assert.Equal(ChallengeStatus.SubmissionsOpen, challenge.Status);
        Assert.Equal(Now, challenge.PublishedAtUtc);
        var record = Assert.Single(challenge.Transitions);
        Assert.Equal((ChallengeStatus.Draft, ChallengeStatus.SubmissionsOpen, "manager-1", Now), (record.From, record.To, record.ActorUserId, record.AtUtc));
    }

    [Fact]
    public void No_publishing_without_a_deadline()
    {
        var challenge = Publishable();
        challenge.SubmissionDeadlineUtc = null;

        AssertRefused(challenge.Apply(ChallengeTrigger.Publish, Now, "m"), RuleCodes.DeadlineRequired);
        Assert.Equal(ChallengeStatus.Draft, challenge.Status);
        Assert.Empty(challenge.Transitions);
    }

    [Fact]
    public void No_publishing_with_a_deadline_in_the_past()
    {
        var challenge = Publishable(deadline: Now.AddMinutes(-1));

        AssertRefused(challenge.Apply(ChallengeTrigger.Publish, Now, "m"), RuleCodes.DeadlineInPast);
    }

    [Fact]
    public void No_publishing_without_a_title()
    {
        var challenge = Publishable();
        challenge.Title = " ";

        AssertRefused(challenge.Apply(ChallengeTrigger.Publish, Now, "m"), RuleCodes.TitleRequired);
    }

    [Fact]
    public void No_publishing_without_criteria()
    {
        var challenge = Publishable();
        challenge.Criteria.Clear();

        AssertRefused(challenge.Apply(ChallengeTrigger.Publish, Now, "m"), RuleCodes.CriteriaRequired);
    }

    [Theory]
    [InlineData(60, 30, RuleCodes.CriteriaWeightsMustSumTo100)]
    [InlineData(70, 40, RuleCodes.CriteriaWeightsMustSumTo100)]
    [InlineData(100, 0, RuleCodes.CriterionWeightNotPositive)]
    [InlineData(110, -10, RuleCodes.CriterionWeightNotPositive)]
    public void No_publishing_with_unsound_weights(int first, int second, string expectedCode)
    {
        var challenge = Publishable();
        challenge.Criteria[0].Weight = first;
        challenge.Criteria[1].Weight = second;

        AssertRefused(challenge.Apply(ChallengeTrigger.Publish, Now, "m"), expectedCode);
    }

    [Fact]
    public void Closing_submissions_before_the_deadline_is_refused()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);

        AssertRefused(challenge.Apply(ChallengeTrigger.CloseSubmissions, challenge.SubmissionDeadlineUtc!.Value.AddSeconds(-1), null), RuleCodes.DeadlineNotReached);
        Assert.True(challenge.Apply(ChallengeTrigger.CloseSubmissions, challenge.SubmissionDeadlineUtc!.Value, null).Succeeded);
        Assert.Equal(ChallengeStatus.SubmissionsClosed, challenge.Status);
    }

    [Fact]
    public void Cancelling_needs_a_reason()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);

        AssertRefused(challenge.Apply(ChallengeTrigger.Cancel, Now, "m", "  "), RuleCodes.CancelReasonRequired);
        Assert.True(challenge.Apply(ChallengeTrigger.Cancel, Now, "m", "Enterprise withdrew the need").Succeeded);
        Assert.Equal("Enterprise withdrew the need", challenge.Transitions[^1].Reason);
    }

    public static TheoryData<ChallengeStatus, ChallengeTrigger> EveryPair()
    {
        var data = new TheoryData<ChallengeStatus, ChallengeTrigger>();
        foreach (var status in Enum.GetValues<ChallengeStatus>())
        {
            foreach (var trigger in Enum.GetValues<ChallengeTrigger>())
            {
                data.Add(status, trigger);
            }
        }

        return data;
    }

    /// <summary>Every (state, trigger) pair outside the allowed table is refused and leaves no trace.</summary>
    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_transition_outside_the_table_is_refused(ChallengeStatus status, ChallengeTrigger trigger)
    {
        var challenge = InStatus(status);
        var recorded = challenge.Transitions.Count;
        var allowed = ChallengeLifecycle.Target(status, trigger) is not null;

        var at = trigger == ChallengeTrigger.Publish ? Now : Now.AddDays(40);

        var outcome = challenge.Apply(trigger, at, "m", "reason");

        if (allowed)
        {
            Assert.True(outcome.Succeeded, $"{status} --{trigger}--> should be allowed but was refused: {outcome.Violation}");
            Assert.Equal(recorded + 1, challenge.Transitions.Count);
        }
        else
        {
            AssertRefused(outcome, RuleCodes.TransitionNotAllowed);
            Assert.Equal(status, challenge.Status);
            Assert.Equal(recorded, challenge.Transitions.Count);
        }
    }

    [Fact]
    public void Results_can_no_longer_be_cancelled()
    {
        Assert.Null(ChallengeLifecycle.Target(ChallengeStatus.ResultsPublished, ChallengeTrigger.Cancel));
        Assert.Null(ChallengeLifecycle.Target(ChallengeStatus.Archived, ChallengeTrigger.Cancel));
        Assert.Null(ChallengeLifecycle.Target(ChallengeStatus.Cancelled, ChallengeTrigger.Cancel));
    }

    [Fact]
    public void Submissions_are_accepted_only_while_open_and_before_the_deadline()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);
        var deadline = challenge.SubmissionDeadlineUtc!.Value;

        Assert.Null(ChallengeLifecycle.CheckAcceptsSubmissions(challenge, deadline.AddTicks(-1)));
        // The closing job may not have run yet: the deadline alone already refuses.
        Assert.Equal(RuleCodes.SubmissionsClosed, ChallengeLifecycle.CheckAcceptsSubmissions(challenge, deadline)?.Code);
        Assert.Equal(RuleCodes.SubmissionsNotOpen, ChallengeLifecycle.CheckAcceptsSubmissions(InStatus(ChallengeStatus.Draft), Now)?.Code);
        Assert.Equal(RuleCodes.SubmissionsClosed, ChallengeLifecycle.CheckAcceptsSubmissions(InStatus(ChallengeStatus.SubmissionsClosed), Now)?.Code);
    }

    [Theory]
    [InlineData(ChallengeStatus.Draft, false)]
    [InlineData(ChallengeStatus.SubmissionsOpen, false)]
    [InlineData(ChallengeStatus.SubmissionsClosed, true)]
    [InlineData(ChallengeStatus.Judging, true)]
    [InlineData(ChallengeStatus.ResultsPublished, false)]
    [InlineData(ChallengeStatus.Cancelled, false)]
    public void No_scoring_before_submissions_close_or_after_results(ChallengeStatus status, bool accepts)
    {
        var violation = ChallengeLifecycle.CheckAcceptsScores(InStatus(status));

        Assert.Equal(accepts, violation is null);
        if (!accepts)
        {
            Assert.Equal(RuleCodes.ScoringNotOpen, violation!.Code);
        }
    }

    private static void AssertRefused(Outcome outcome, string code)
    {
        Assert.False(outcome.Succeeded);
        Assert.Equal(code, outcome.Violation!.Code);
    }
}
