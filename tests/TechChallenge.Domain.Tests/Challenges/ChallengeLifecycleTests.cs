using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;

namespace TechChallenge.Domain.Tests.Challenges;

public class ChallengeLifecycleTests
{
    [Fact]
    public void Submitting_for_review_records_who_when_from_where_and_why()
    {
        var challenge = Draft();

        var outcome = challenge.Apply(ChallengeTrigger.SubmitForReview, Now, Manager, "Ready for review");

        Assert.True(outcome.Succeeded);
        Assert.Equal(ChallengeStatus.SubmittedForReview, challenge.Status);
        var record = Assert.Single(challenge.Transitions);
        Assert.Equal(
            (
                ChallengeStatus.Draft,
                ChallengeStatus.SubmittedForReview,
                ChallengeTrigger.SubmitForReview,
                "manager",
                Now,
                "Ready for review"
            ),
            (record.From, record.To, record.Trigger, record.ActorUserId, record.AtUtc, record.Reason)
        );
    }

    [Fact]
    public void The_whole_lifecycle_runs_in_order_and_leaves_one_audit_record_per_step()
    {
        var challenge = Draft();
        (ChallengeTrigger Trigger, LifecycleActor By, ChallengeStatus To)[] steps =
        [
            (ChallengeTrigger.SubmitForReview, Manager, ChallengeStatus.SubmittedForReview),
            (ChallengeTrigger.ReturnForChanges, Admin, ChallengeStatus.ReturnedForChanges),
            (ChallengeTrigger.SubmitForReview, Manager, ChallengeStatus.SubmittedForReview),
            (ChallengeTrigger.Approve, Admin, ChallengeStatus.Approved),
            (ChallengeTrigger.Publish, Manager, ChallengeStatus.Published),
            (ChallengeTrigger.OpenSubmissions, LifecycleActor.Scheduler, ChallengeStatus.SubmissionsOpen),
            (ChallengeTrigger.CloseSubmissions, LifecycleActor.Scheduler, ChallengeStatus.SubmissionsClosed),
            (ChallengeTrigger.StartJudging, LifecycleActor.Scheduler, ChallengeStatus.Judging),
            (ChallengeTrigger.PublishResults, Manager, ChallengeStatus.ResultsPublished),
            (ChallengeTrigger.Archive, Manager, ChallengeStatus.Archived),
        ];

        foreach (var (trigger, by, to) in steps)
        {
            var outcome = challenge.Apply(trigger, TimeFor(trigger), by, "Comments on the award wording");
            Assert.True(outcome.Succeeded, $"{trigger}: {outcome.Violation}");
            Assert.Equal(to, challenge.Status);
        }

        Assert.Equal(steps.Select(s => s.To), challenge.Transitions.Select(t => t.To));
        Assert.Equal([ChallengeStatus.Draft, .. steps[..^1].Select(s => s.To)], challenge.Transitions.Select(t => t.From));
        Assert.Null(challenge.Transitions.Single(t => t.Trigger == ChallengeTrigger.CloseSubmissions).ActorUserId);
        Assert.Equal(Now, challenge.PublishedAtUtc);
    }

    [Fact]
    public void Managers_cannot_publish_an_unapproved_challenge()
    {
        AssertRefused(Draft().Apply(ChallengeTrigger.Publish, Now, Manager), RuleCodes.TransitionNotAllowed);
        AssertRefused(
            InStatus(ChallengeStatus.SubmittedForReview).Apply(ChallengeTrigger.Publish, Now, Manager),
            RuleCodes.TransitionNotAllowed
        );
        AssertRefused(
            InStatus(ChallengeStatus.ReturnedForChanges).Apply(ChallengeTrigger.Publish, Now, Manager),
            RuleCodes.TransitionNotAllowed
        );
        Assert.True(InStatus(ChallengeStatus.Approved).Apply(ChallengeTrigger.Publish, Now, Manager).Succeeded);
    }

    [Fact]
    public void Only_platform_admins_approve_or_return()
    {
        var challenge = InStatus(ChallengeStatus.SubmittedForReview);

        AssertRefused(challenge.Apply(ChallengeTrigger.Approve, Now, Manager), RuleCodes.TransitionRoleNotAllowed);
        AssertRefused(challenge.Apply(ChallengeTrigger.ReturnForChanges, Now, Manager, "no"), RuleCodes.TransitionRoleNotAllowed);
        AssertRefused(challenge.Apply(ChallengeTrigger.Approve, Now, LifecycleActor.Scheduler), RuleCodes.TransitionRoleNotAllowed);
        Assert.Equal(ChallengeStatus.SubmittedForReview, challenge.Status);
        Assert.Single(challenge.Transitions);
    }

    public static TheoryData<LifecycleRole, ChallengeTrigger> EveryRoleAndTrigger()
    {
        var data = new TheoryData<LifecycleRole, ChallengeTrigger>();
        foreach (var role in Enum.GetValues<LifecycleRole>())
        {
            foreach (var trigger in Enum.GetValues<ChallengeTrigger>())
            {
                data.Add(role, trigger);
            }
        }

        return data;
    }

    /// <summary>From the state where the trigger applies, a role outside its list is refused; a role inside passes.</summary>
    [Theory]
    [MemberData(nameof(EveryRoleAndTrigger))]
    public void Each_trigger_is_pulled_only_by_its_roles(LifecycleRole role, ChallengeTrigger trigger)
    {
        var from = ChallengeLifecycle.AllowedTransitions.First(t => t.Trigger == trigger).From;
        var challenge = InStatus(from);
        var actor = new LifecycleActor(role == LifecycleRole.Scheduler ? null : "someone", role);
        var expected = (role, trigger) switch
        {
            (
                LifecycleRole.Scheduler,
                ChallengeTrigger.OpenSubmissions
                    or ChallengeTrigger.CloseSubmissions
                    or ChallengeTrigger.StartJudging
                    or ChallengeTrigger.PublishResults
            ) => true,
            (LifecycleRole.Scheduler, _) => false,
            (LifecycleRole.Manager, ChallengeTrigger.Approve or ChallengeTrigger.ReturnForChanges) => false,
            _ => true,
        };

        var outcome = challenge.Apply(trigger, TimeFor(trigger), actor, "reason");

        Assert.Equal(expected, ChallengeLifecycle.MayPull(role, trigger));
        if ((role, trigger) == (LifecycleRole.Scheduler, ChallengeTrigger.PublishResults))
        {
            // The clock may, but only at a scheduled publication time, which this challenge has not got.
            AssertRefused(outcome, RuleCodes.ResultsNotScheduled);
        }
        else if (expected)
        {
            Assert.True(outcome.Succeeded, $"{role} {trigger}: {outcome.Violation}");
        }
        else
        {
            AssertRefused(outcome, RuleCodes.TransitionRoleNotAllowed);
            Assert.Equal(from, challenge.Status);
        }
    }

    [Fact]
    public void Returning_needs_the_reviewers_comments_and_the_returned_draft_can_be_edited_and_resubmitted()
    {
        var challenge = InStatus(ChallengeStatus.SubmittedForReview);

        AssertRefused(challenge.Apply(ChallengeTrigger.ReturnForChanges, Now, Admin, " "), RuleCodes.ReviewCommentRequired);
        Assert.True(challenge.Apply(ChallengeTrigger.ReturnForChanges, Now, Admin, "State the award in CNY").Succeeded);
        Assert.Equal("State the award in CNY", challenge.Transitions[^1].Reason);

        var edited = challenge.Edit(challenge.Content with { AwardAmount = 500_000, AwardCurrency = "cny" }, [], Now, "manager");
        Assert.True(edited.Succeeded);
        Assert.Null(edited.Value);
        Assert.Equal("CNY", challenge.AwardCurrency);
        Assert.True(challenge.Apply(ChallengeTrigger.SubmitForReview, Now, Manager).Succeeded);
    }

    public static TheoryData<string, string> IncompleteContents() =>
        new()
        {
            { "summary", RuleCodes.SummaryRequired },
            { "statement", RuleCodes.StatementRequired },
            { "rounds", RuleCodes.RoundsRequired },
            { "criteria", RuleCodes.CriteriaRequired },
            { "weights", RuleCodes.CriteriaWeightsMustSumTo100 },
            { "zero-weight", RuleCodes.CriterionWeightNotPositive },
            { "criterion-name", RuleCodes.CriterionNameRequired },
            { "anchors", RuleCodes.CriterionAnchorsTooLong },
            { "confidential", RuleCodes.ConfidentialityTermsRequired },
            { "award", RuleCodes.AwardNegative },
            { "currency", RuleCodes.AwardCurrencyRequired },
            { "past", RuleCodes.RoundInPast },
        };

    [Theory]
    [MemberData(nameof(IncompleteContents))]
    public void An_incomplete_challenge_cannot_go_to_review(string gap, string expectedCode)
    {
        var content = Content();
        content = gap switch
        {
            "summary" => content with { Summary = "" },
            "statement" => content with { Statement = " " },
            "rounds" => content with { Rounds = [] },
            "criteria" => content with { Criteria = [] },
            "weights" => content with { Criteria = [new CriterionPlan("A", "", 60), new CriterionPlan("B", "", 30)] },
            "zero-weight" => content with { Criteria = [new CriterionPlan("A", "", 100), new CriterionPlan("B", "", 0)] },
            "criterion-name" => content with { Criteria = [new CriterionPlan(" ", "", 100)] },
            "anchors" => content with
            {
                Criteria = [new CriterionPlan("A", "", 100, new string('x', ScoringCriterion.MaxAnchorsLength + 1))],
            },
            "confidential" => content with { IsConfidential = true, ConfidentialityTerms = "" },
            "award" => content with { AwardAmount = -1 },
            "currency" => content with { AwardAmount = 1000, AwardCurrency = "" },
            "past" => content with { Rounds = [Round("R1", Now.AddDays(-9), Now.AddDays(-1), Now, Now.AddDays(5))] },
            _ => throw new ArgumentOutOfRangeException(nameof(gap)),
        };
        var challenge = Draft(content);

        AssertRefused(challenge.Apply(ChallengeTrigger.SubmitForReview, Now, Manager), expectedCode);
        Assert.Equal(ChallengeStatus.Draft, challenge.Status);
        Assert.Empty(challenge.Transitions);
    }

    [Fact]
    public void Approval_and_publication_check_the_timeline_again()
    {
        var approved = InStatus(ChallengeStatus.Approved);

        AssertRefused(approved.Apply(ChallengeTrigger.Publish, Deadline, Manager), RuleCodes.RoundInPast);
        Assert.Equal(ChallengeStatus.Approved, approved.Status);
    }

    [Fact]
    public void Submissions_open_at_the_first_rounds_opening_time_not_before()
    {
        var challenge = InStatus(ChallengeStatus.Published);

        AssertRefused(
            challenge.Apply(ChallengeTrigger.OpenSubmissions, Opens.AddSeconds(-1), LifecycleActor.Scheduler),
            RuleCodes.OpeningNotReached
        );
        Assert.True(challenge.Apply(ChallengeTrigger.OpenSubmissions, Opens, LifecycleActor.Scheduler).Succeeded);
    }

    [Fact]
    public void Closing_submissions_before_the_deadline_is_refused()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);

        AssertRefused(
            challenge.Apply(ChallengeTrigger.CloseSubmissions, Deadline.AddSeconds(-1), LifecycleActor.Scheduler),
            RuleCodes.DeadlineNotReached
        );
        Assert.True(challenge.Apply(ChallengeTrigger.CloseSubmissions, Deadline, LifecycleActor.Scheduler).Succeeded);
        Assert.Equal(ChallengeStatus.SubmissionsClosed, challenge.Status);
    }

    [Fact]
    public void Cancelling_needs_a_reason()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);

        AssertRefused(challenge.Apply(ChallengeTrigger.Cancel, Now, Manager, "  "), RuleCodes.CancelReasonRequired);
        Assert.True(challenge.Apply(ChallengeTrigger.Cancel, Now, Manager, "Enterprise withdrew the need").Succeeded);
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

        var outcome = challenge.Apply(trigger, TimeFor(trigger), Admin, "reason");

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
    public void Cancelling_is_possible_from_every_state_before_results_and_from_none_after()
    {
        var cancellable = Enum.GetValues<ChallengeStatus>().Where(s => ChallengeLifecycle.Target(s, ChallengeTrigger.Cancel) is not null);

        Assert.Equal(
            [
                ChallengeStatus.Draft,
                ChallengeStatus.SubmittedForReview,
                ChallengeStatus.ReturnedForChanges,
                ChallengeStatus.Approved,
                ChallengeStatus.Published,
                ChallengeStatus.SubmissionsOpen,
                ChallengeStatus.SubmissionsClosed,
                ChallengeStatus.Judging,
            ],
            cancellable
        );
    }

    [Fact]
    public void Only_published_stages_are_public()
    {
        Assert.Equal(
            [
                ChallengeStatus.Published,
                ChallengeStatus.SubmissionsOpen,
                ChallengeStatus.SubmissionsClosed,
                ChallengeStatus.Judging,
                ChallengeStatus.ResultsPublished,
                ChallengeStatus.Archived,
            ],
            ChallengeLifecycle.PublicStatuses
        );
    }

    [Fact]
    public void Submissions_are_accepted_only_while_open_and_before_the_deadline()
    {
        var challenge = InStatus(ChallengeStatus.SubmissionsOpen);

        Assert.Null(ChallengeLifecycle.CheckAcceptsSubmissions(challenge, Deadline.AddTicks(-1)));
        // The closing job may not have run yet: the deadline alone already refuses.
        Assert.Equal(RuleCodes.SubmissionsClosed, ChallengeLifecycle.CheckAcceptsSubmissions(challenge, Deadline)?.Code);
        Assert.Equal(RuleCodes.SubmissionsNotOpen, ChallengeLifecycle.CheckAcceptsSubmissions(InStatus(ChallengeStatus.Draft), Now)?.Code);
        Assert.Equal(
            RuleCodes.SubmissionsNotOpen,
            ChallengeLifecycle.CheckAcceptsSubmissions(InStatus(ChallengeStatus.Published), Opens)?.Code
        );
        Assert.Equal(
            RuleCodes.SubmissionsClosed,
            ChallengeLifecycle.CheckAcceptsSubmissions(InStatus(ChallengeStatus.SubmissionsClosed), Deadline)?.Code
        );
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
        var violation = ChallengeLifecycle.CheckAcceptsScores(InStatus(status), 1, AfterDeadline);

        Assert.Equal(accepts, violation is null);
        if (!accepts)
        {
            Assert.Equal(RuleCodes.ScoringNotOpen, violation!.Code);
        }
    }

    [Fact]
    public void Scorecards_lock_when_the_judging_window_closes_even_before_the_clock_moves_the_challenge()
    {
        var judging = InStatus(ChallengeStatus.Judging);
        var closes = judging.Rounds.Single().JudgingClosesUtc;

        Assert.Null(ChallengeLifecycle.CheckAcceptsScores(judging, 1, closes.AddTicks(-1)));
        Assert.Equal(RuleCodes.ScoringClosed, ChallengeLifecycle.CheckAcceptsScores(judging, 1, closes)?.Code);
        Assert.Equal(ChallengeStatus.Judging, judging.Status);
    }

    [Theory]
    [InlineData(ChallengeType.Ideation, new[] { DeliverableKind.Concept })]
    [InlineData(ChallengeType.Theoretical, new[] { DeliverableKind.Concept, DeliverableKind.SupportingEvidence })]
    [InlineData(ChallengeType.ReductionToPractice, new[] { DeliverableKind.WorkingResult })]
    public void The_type_decides_which_deliverables_a_proposal_needs(ChallengeType type, DeliverableKind[] expected) =>
        Assert.Equal(expected, ChallengeTypes.RequiredDeliverables(type));

    internal static void AssertRefused(Outcome outcome, string code)
    {
        Assert.False(outcome.Succeeded);
        Assert.Equal(code, outcome.Violation!.Code);
    }
}
