using Microsoft.Extensions.Options;
using Quartz;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>
/// Plans a challenge's time-based steps as durable Quartz triggers, one per milestone and one per reminder, in a
/// trigger group of the challenge's own. Re-planning replaces the group's contents with what is still ahead.
/// </summary>
public sealed class ChallengeClock(ISchedulerFactory schedulerFactory, IOptions<ClockOptions> options, TimeProvider time)
{
    /// <summary>The group of the platform's own jobs (mail delivery and the challenge jobs themselves).</summary>
    public const string Group = "challenge-clock";

    private const string ChallengeGroupPrefix = "challenge/";

    public ReminderOffsets Offsets => options.Value.Offsets;

    public static string GroupFor(Guid challengeId) => $"{ChallengeGroupPrefix}{challengeId:N}";

    public static Guid? ChallengeOf(TriggerKey key) =>
        key.Group.StartsWith(ChallengeGroupPrefix, StringComparison.Ordinal)
        && Guid.TryParseExact(key.Group[ChallengeGroupPrefix.Length..], "N", out var id)
            ? id
            : null;

    public static TriggerKey MilestoneKey(Guid challengeId, int round, MilestoneKind kind) =>
        new($"r{round}/{kind}", GroupFor(challengeId));

    public static TriggerKey ReminderKey(Guid challengeId, ReminderPlan plan) =>
        new($"r{plan.Round}/remind-{plan.Audience}/{(int)plan.Offset.TotalMinutes}min", GroupFor(challengeId));

    /// <summary>
    /// (Re-)plans what is still ahead for the challenge, replacing any earlier plan: milestones not yet applied
    /// (a past one fires at once) and reminders still to come. A cancelled or finished challenge loses its plan.
    /// </summary>
    public async Task PlanAsync(Challenge challenge, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var wanted = Triggers(challenge, Offsets, time.GetUtcNow().UtcDateTime).ToDictionary(t => t.Key);
        var existing = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(GroupFor(challenge.Id)), cancellationToken);
        var stale = existing.Where(k => !wanted.ContainsKey(k)).ToList();
        if (stale.Count > 0)
        {
            await scheduler.UnscheduleJobs(stale, cancellationToken);
        }

        foreach (var trigger in wanted.Values)
        {
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken);
        }
    }

    /// <summary>
    /// The triggers a challenge should have now: the pure part of <see cref="PlanAsync"/>. Milestones at the same
    /// instant (a close that is also the start of judging) share one trigger, named after the first: its run applies
    /// all of them, and a burst of deadlines costs the scheduler one firing per challenge, not two.
    /// </summary>
    public static IEnumerable<ITrigger> Triggers(Challenge challenge, ReminderOffsets offsets, DateTime nowUtc) =>
        challenge
            .PendingMilestones()
            .GroupBy(m => m.AtUtc)
            .Select(at => MilestoneTrigger(challenge.Id, at.First()))
            .Concat(ReminderSchedule.Plan(challenge, offsets, nowUtc).Select(r => ReminderTrigger(challenge.Id, r)));

    /// <summary>
    /// Drops the triggers of milestones a run has applied by catching up, so they do not fire for nothing later. The
    /// trigger that is firing is Quartz's to remove.
    /// </summary>
    public async Task ForgetAsync(Guid challengeId, IEnumerable<Milestone> applied, TriggerKey firing, CancellationToken cancellationToken)
    {
        var keys = applied.Select(m => MilestoneKey(challengeId, m.Round, m.Kind)).Where(k => !k.Equals(firing)).ToList();
        if (keys.Count > 0)
        {
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            await scheduler.UnscheduleJobs(keys, cancellationToken);
        }
    }

    public static ITrigger MilestoneTrigger(Guid challengeId, Milestone milestone) =>
        Build(
            MilestoneKey(challengeId, milestone.Round, milestone.Kind),
            ChallengeTimerJob.Key,
            milestone.AtUtc,
            new()
            {
                // The job applies whatever is due, so the challenge is all it needs; the key names the milestone.
                [JobData.ChallengeIdKey] = challengeId.ToString(),
            }
        );

    public static ITrigger ReminderTrigger(Guid challengeId, ReminderPlan plan) =>
        Build(
            ReminderKey(challengeId, plan),
            ReminderJob.Key,
            plan.AtUtc,
            new()
            {
                [JobData.ChallengeIdKey] = challengeId.ToString(),
                [JobData.RoundKey] = JobData.Text(plan.Round),
                [JobData.AudienceKey] = plan.Audience.ToString(),
                [JobData.OffsetMinutesKey] = JobData.Text((int)plan.Offset.TotalMinutes),
            }
        );

    private static ITrigger Build(TriggerKey key, JobKey job, DateTime atUtc, Dictionary<string, string> data)
    {
        var map = new JobDataMap();
        foreach (var (name, value) in data)
        {
            map[name] = value;
        }

        return TriggerBuilder
            .Create()
            .WithIdentity(key)
            .ForJob(job)
            .UsingJobData(map)
            .StartAt(new DateTimeOffset(atUtc, TimeSpan.Zero))
            // A time missed while the server was down is applied as soon as it is back; the job catches up in order.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
    }

    /// <summary>What is planned for the challenge, soonest first.</summary>
    public async Task<IReadOnlyList<PlannedFire>> PlannedAsync(Guid challengeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(GroupFor(challengeId)), cancellationToken);
        var planned = new List<PlannedFire>();
        foreach (var key in keys)
        {
            if (
                await scheduler.GetTrigger(key, cancellationToken) is { } trigger
                && PlannedFire.FromKey(key, trigger.NextFireTimeUtc) is { } fire
            )
            {
                planned.Add(fire);
            }
        }

        return planned.OrderBy(p => p.NextFireUtc ?? DateTimeOffset.MaxValue).ToList();
    }

    /// <summary>When the challenge's next planned step fires, if any.</summary>
    public async Task<DateTimeOffset?> NextTransitionAsync(Guid challengeId, CancellationToken cancellationToken) =>
        (await PlannedAsync(challengeId, cancellationToken)).FirstOrDefault(p => !p.IsReminder)?.NextFireUtc;
}
