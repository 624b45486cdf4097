using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;

namespace TechChallenge.Domain.Tests.Challenges;

/// <summary>The competition clock's rules: <see cref="Challenge.AdvanceClock"/>, its plan, and the reminders.</summary>
public class ChallengeClockTests
{
    private static readonly DateTime JudgingCloses = Deadline.AddDays(14);

    private static Challenge Published(ChallengeContent? content = null)
    {
        var challenge = Draft(content);
        foreach (var trigger in new[] { ChallengeTrigger.SubmitForReview, ChallengeTrigger.Approve, ChallengeTrigger.Publish })
        {
            Assert.True(challenge.Apply(trigger, Now, Admin, "ok").Succeeded);
        }

        return challenge;
    }

    private static ChallengeContent TwoRoundsWithScheduledResults() =>
        Content() with
        {
            Rounds =
            [
                Round("Preliminary review", Opens, Deadline, Deadline, JudgingCloses),
                new RoundPlan(
                    "Final roadshow",
                    JudgingCloses.AddDays(1),
                    JudgingCloses.AddDays(10),
                    JudgingCloses.AddDays(11),
                    JudgingCloses.AddDays(12),
                    AppealsClosesUtc: JudgingCloses.AddDays(15),
                    ResultsPublishUtc: JudgingCloses.AddDays(16)
                ),
            ],
        };

    [Fact]
    public void Nothing_happens_before_the_first_milestone()
    {
        var challenge = Published();

        Assert.Empty(challenge.AdvanceClock(Opens.AddSeconds(-1)));
        Assert.Equal(ChallengeStatus.Published, challenge.Status);
    }

    [Fact]
    public void Each_milestone_on_time_moves_the_challenge_through_the_lifecycle()
    {
        var challenge = Published();

        Assert.Equal(
            [(MilestoneKind.SubmissionsOpen, (ChallengeStatus?)ChallengeStatus.SubmissionsOpen)],
            Steps(challenge.AdvanceClock(Opens))
        );
        Assert.Equal(
            [(MilestoneKind.SubmissionsClose, ChallengeStatus.SubmissionsClosed), (MilestoneKind.JudgingOpens, ChallengeStatus.Judging)],
            Steps(challenge.AdvanceClock(Deadline))
        );
        Assert.Equal([(MilestoneKind.JudgingCloses, (ChallengeStatus?)null)], Steps(challenge.AdvanceClock(JudgingCloses)));
        Assert.Equal(ChallengeStatus.Judging, challenge.Status);
        Assert.All(
            challenge.Transitions.Where(t =>
                t.Trigger is ChallengeTrigger.OpenSubmissions or ChallengeTrigger.CloseSubmissions or ChallengeTrigger.StartJudging
            ),
            t => Assert.Null(t.ActorUserId)
        );
    }

    [Fact]
    public void Running_twice_changes_nothing_the_second_time()
    {
        var challenge = Published();
        challenge.AdvanceClock(Deadline);
        var transitions = challenge.Transitions.Count;

        Assert.Empty(challenge.AdvanceClock(Deadline));
        Assert.Empty(challenge.AdvanceClock(Deadline.AddMinutes(5)));
        Assert.Equal(transitions, challenge.Transitions.Count);
        Assert.Equal(ChallengeStatus.Judging, challenge.Status);
    }

    [Fact]
    public void After_downtime_every_missed_milestone_is_applied_in_order_at_the_time_of_recovery()
    {
        var challenge = Published();
        var recovered = Deadline.AddHours(3);

        var steps = challenge.AdvanceClock(recovered);

        Assert.Equal(
            [MilestoneKind.SubmissionsOpen, MilestoneKind.SubmissionsClose, MilestoneKind.JudgingOpens],
            steps.Select(s => s.Milestone.Kind)
        );
        var clockMoves = challenge.Transitions.Where(t => t.ActorUserId is null).ToList();
        Assert.Equal(
            [
                (ChallengeStatus.Published, ChallengeStatus.SubmissionsOpen),
                (ChallengeStatus.SubmissionsOpen, ChallengeStatus.SubmissionsClosed),
                (ChallengeStatus.SubmissionsClosed, ChallengeStatus.Judging),
            ],
            clockMoves.Select(t => (t.From, t.To))
        );
        // The audit log says when it really happened, not when it should have.
        Assert.All(clockMoves, t => Assert.Equal(recovered, t.AtUtc));
    }

    [Fact]
    public void Later_rounds_are_recorded_on_the_round_and_scheduled_results_end_the_clock()
    {
        var challenge = Published(TwoRoundsWithScheduledResults());
        challenge.AdvanceClock(JudgingCloses.AddDays(12));
        var roadshow = challenge.Rounds.Single(r => r.Number == 2);

        Assert.Equal(ChallengeStatus.Judging, challenge.Status);
        Assert.Equal(MilestoneKind.JudgingCloses, roadshow.ReachedMilestone);
        Assert.Equal([MilestoneKind.AppealsClose, MilestoneKind.ResultsPublication], challenge.PendingMilestones().Select(m => m.Kind));

        var last = challenge.AdvanceClock(JudgingCloses.AddDays(16));

        Assert.Equal(ChallengeStatus.ResultsPublished, Assert.Single(last, s => s.MovedTo is not null).MovedTo);
        Assert.Empty(challenge.PendingMilestones());
        Assert.Empty(challenge.AdvanceClock(JudgingCloses.AddDays(30)));
    }

    [Fact]
    public void The_clock_may_publish_results_only_when_they_are_scheduled_and_due()
    {
        var unscheduled = Published();
        unscheduled.AdvanceClock(Deadline);
        Assert.Equal(
            RuleCodes.ResultsNotScheduled,
            unscheduled.Apply(ChallengeTrigger.PublishResults, JudgingCloses.AddDays(100), LifecycleActor.Scheduler).Violation?.Code
        );

        var scheduled = Published(TwoRoundsWithScheduledResults());
        scheduled.AdvanceClock(Deadline);
        Assert.Equal(
            RuleCodes.ResultsNotScheduled,
            scheduled
                .Apply(ChallengeTrigger.PublishResults, JudgingCloses.AddDays(16).AddSeconds(-1), LifecycleActor.Scheduler)
                .Violation?.Code
        );
        Assert.True(scheduled.Apply(ChallengeTrigger.PublishResults, JudgingCloses.AddDays(16), LifecycleActor.Scheduler).Succeeded);
    }

    [Fact]
    public void A_cancelled_challenge_has_no_plan_and_the_clock_leaves_it_alone()
    {
        var challenge = Published();
        Assert.True(challenge.Apply(ChallengeTrigger.Cancel, Now, Manager, "Need withdrawn").Succeeded);

        Assert.Empty(challenge.PendingMilestones());
        Assert.Empty(ReminderSchedule.Plan(challenge, ReminderOffsets.Default, Now));
        Assert.Empty(challenge.AdvanceClock(AfterDeadline));
        Assert.Equal(ChallengeStatus.Cancelled, challenge.Status);
    }

    [Fact]
    public void Moving_the_deadline_moves_the_plan_later_or_earlier()
    {
        var challenge = Published();
        challenge.AdvanceClock(Opens);

        foreach (var newDeadline in new[] { Deadline.AddDays(7), Deadline.AddDays(-7) })
        {
            var content = challenge.Content with
            {
                Rounds = [Round("Preliminary review", Opens, newDeadline, newDeadline, newDeadline.AddDays(14))],
            };
            Assert.True(challenge.Edit(content, [], Opens.AddHours(1), "manager", "Deadline moved").Succeeded);

            var pending = challenge.PendingMilestones();
            Assert.Equal(newDeadline, pending.Single(m => m.Kind == MilestoneKind.SubmissionsClose).AtUtc);
            Assert.DoesNotContain(pending, m => m.Kind == MilestoneKind.SubmissionsOpen);
            Assert.Equal(
                newDeadline - TimeSpan.FromHours(72),
                ReminderSchedule
                    .Plan(challenge, ReminderOffsets.Default, Opens.AddHours(1))
                    .First(r => r.Audience == ReminderAudience.Solvers)
                    .AtUtc
            );
        }
    }

    [Fact]
    public void Reminders_are_planned_only_inside_their_window_and_not_in_the_past()
    {
        var challenge = Published();
        var tenHoursBefore = Deadline.AddHours(-10);

        var plans = ReminderSchedule.Plan(challenge, ReminderOffsets.Default, tenHoursBefore);

        Assert.Equal([TimeSpan.FromHours(1)], plans.Where(p => p.Audience == ReminderAudience.Solvers).Select(p => p.Offset));
        Assert.Equal(
            [TimeSpan.FromHours(72), TimeSpan.FromHours(24)],
            plans.Where(p => p.Audience == ReminderAudience.Judges).Select(p => p.Offset)
        );
        Assert.All(plans, p => Assert.True(p.AtUtc > tenHoursBefore));
    }

    [Fact]
    public void After_downtime_only_the_closest_due_reminder_is_still_sent()
    {
        var offsets = ReminderOffsets.Default;
        var seventyTwo = new ReminderPlan(1, ReminderAudience.Solvers, TimeSpan.FromHours(72), Deadline);
        var twentyFour = seventyTwo with { Offset = TimeSpan.FromHours(24) };

        Assert.True(ReminderSchedule.IsStillDue(seventyTwo, offsets, Deadline.AddHours(-70)));
        Assert.False(ReminderSchedule.IsStillDue(seventyTwo, offsets, Deadline.AddHours(-20)));
        Assert.True(ReminderSchedule.IsStillDue(twentyFour, offsets, Deadline.AddHours(-20)));
        Assert.False(ReminderSchedule.IsStillDue(twentyFour, offsets, Deadline));
    }

    [Fact]
    public void Scheduled_results_and_appeals_must_follow_judging_and_only_the_last_round_schedules_results()
    {
        var rounds = TwoRoundsWithScheduledResults().Rounds;

        Assert.Null(RoundSchedule.Check(rounds, Now));
        Assert.Equal(
            RuleCodes.RoundAppealsBeforeJudgingCloses,
            RoundSchedule.Check([rounds[0] with { AppealsClosesUtc = JudgingCloses.AddDays(-1) }], Now)?.Code
        );
        Assert.Equal(
            RuleCodes.RoundResultsBeforeJudgingEnds,
            RoundSchedule
                .Check([rounds[0], rounds[1] with { ResultsPublishUtc = rounds[1].AppealsClosesUtc!.Value.AddHours(-1) }], Now)
                ?.Code
        );
        Assert.Equal(
            RuleCodes.RoundResultsOnlyInLastRound,
            RoundSchedule.Check([rounds[0] with { ResultsPublishUtc = JudgingCloses }, rounds[1]], Now)?.Code
        );
        Assert.Equal(
            RuleCodes.RoundsOverlap,
            RoundSchedule.Check([rounds[0] with { AppealsClosesUtc = rounds[1].SubmissionOpensUtc.AddHours(1) }, rounds[1]], Now)?.Code
        );
    }

    private static IEnumerable<(MilestoneKind, ChallengeStatus?)> Steps(IEnumerable<ClockStep> steps) =>
        steps.Select(s => (s.Milestone.Kind, s.MovedTo));
}
