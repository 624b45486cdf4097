using Microsoft.Extensions.Configuration;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Clock;

namespace TechChallenge.Infrastructure.Tests.Clock;

/// <summary>The pure part of the clock's planning: which triggers a challenge gets, and what their keys say.</summary>
public class ChallengeClockPlanTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Deadline = Now.AddDays(10);

    private static Challenge Published()
    {
        var challenge = new Challenge
        {
            Title = "",
            CreatedByUserId = "manager",
            CreatedAtUtc = Now,
        };
        var content = ChallengeContent.Empty("Tea processing line monitoring") with
        {
            Summary = "Online moisture monitoring for a Zunyi tea factory.",
            Statement = "Statement.",
            Rounds = [new RoundPlan("Preliminary review", Now.AddDays(1), Deadline, Deadline, Deadline.AddDays(14))],
            Criteria = [new CriterionPlan("Accuracy", "", 100)],
        };
        Assert.True(challenge.Edit(content, [], Now, "manager").Succeeded);
        foreach (var trigger in new[] { ChallengeTrigger.SubmitForReview, ChallengeTrigger.Approve, ChallengeTrigger.Publish })
        {
            Assert.True(challenge.Apply(trigger, Now, LifecycleActor.Admin("admin"), "ok").Succeeded);
        }

        return challenge;
    }

    [Fact]
    public void Every_pending_milestone_and_reminder_gets_a_trigger_in_the_challenges_own_group_whose_key_says_what_it_does()
    {
        var challenge = Published();

        var triggers = ChallengeClock.Triggers(challenge, ReminderOffsets.Default, Now).ToList();
        var steps = triggers.Select(t => PlannedFire.FromKey(t.Key, t.StartTimeUtc)).ToList();

        Assert.All(triggers, t => Assert.Equal(ChallengeClock.GroupFor(challenge.Id), t.Key.Group));
        Assert.All(triggers, t => Assert.Equal(challenge.Id, JobData.ChallengeId(t.JobDataMap)));
        Assert.All(steps, Assert.NotNull);
        Assert.Equal(
            [MilestoneKind.SubmissionsOpen, MilestoneKind.SubmissionsClose, MilestoneKind.JudgingCloses], // judging opens with the close
            steps.Where(s => !s!.IsReminder).Select(s => s!.Milestone!.Value)
        );
        Assert.Equal(
            Deadline.AddHours(-1),
            steps.Single(s => s!.Audience == ReminderAudience.Solvers && s.OffsetMinutes == 60)!.NextFireUtc!.Value.UtcDateTime
        );
        Assert.Equal(5, steps.Count(s => s!.IsReminder));
        Assert.All(triggers.Where(t => t.JobKey == ChallengeTimerJob.Key), t => Assert.Null(PlannedFire.FromKey(t.Key, null)!.Audience));
        Assert.All(triggers.Where(t => t.JobKey == ReminderJob.Key), t => Assert.NotNull(PlannedFire.FromKey(t.Key, null)!.Audience));
    }

    [Fact]
    public void Applied_milestones_and_cancelled_challenges_are_not_planned()
    {
        var challenge = Published();
        challenge.AdvanceClock(Now.AddDays(1));
        Assert.DoesNotContain(ChallengeClock.Triggers(challenge, ReminderOffsets.Default, Now.AddDays(1)), t =>
            t.Key == ChallengeClock.MilestoneKey(challenge.Id, 1, MilestoneKind.SubmissionsOpen)
        );

        Assert.True(challenge.Apply(ChallengeTrigger.Cancel, Now.AddDays(2), LifecycleActor.Manager("manager"), "Withdrawn").Succeeded);
        Assert.Empty(ChallengeClock.Triggers(challenge, ReminderOffsets.Default, Now.AddDays(2)));
    }

    [Fact]
    public void Keys_of_other_jobs_are_not_read_as_challenge_steps()
    {
        Assert.Null(PlannedFire.FromKey(new Quartz.TriggerKey("mail-delivery-poll", ChallengeClock.Group), null));
        Assert.Null(PlannedFire.FromKey(new Quartz.TriggerKey("r1/NotAMilestone", ChallengeClock.GroupFor(Guid.NewGuid())), null));
    }

    [Fact]
    public void Configured_reminder_hours_replace_the_defaults_rather_than_adding_to_them()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?> { ["Clock:SolverReminderHours:0"] = "48", ["Clock:SolverReminderHours:1"] = "0.5" }
            )
            .Build();

        var options = configuration.GetSection(ClockOptions.Section).Get<ClockOptions>()!;

        Assert.Equal([TimeSpan.FromHours(48), TimeSpan.FromMinutes(30)], options.Offsets.Solvers);
        Assert.Equal(ReminderOffsets.Default.Judges, options.Offsets.Judges);
        Assert.Equal(ReminderOffsets.Default.Solvers, new ClockOptions().Offsets.Solvers);
    }
}
