using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Quartz;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Jobs;

/// <summary>Section "Clock": how many jobs run at once, and how long before each deadline reminders go out, in hours.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>
    /// Jobs one scheduler runs at once, and triggers it takes from the store together; Quartz's default of 10. More did
    /// not make same-instant bursts faster in the clock bench (bench/README.md), so it is a knob, not a new default.
    /// </summary>
    public int SchedulerThreads { get; set; } = 10;

    // Null rather than the defaults: the configuration binder appends to an array that already has items.

    /// <summary>Hours before the submission deadline; 72, 24 and 1 when not set.</summary>
    public double[]? SolverReminderHours { get; set; }

    /// <summary>Hours before judging closes; 72 and 24 when not set.</summary>
    public double[]? JudgeReminderHours { get; set; }

    public ReminderOffsets Offsets => new(
        SolverReminderHours is { Length: > 0 } solvers ? [.. solvers.Select(TimeSpan.FromHours)] : ReminderOffsets.Default.Solvers,
        JudgeReminderHours is { Length: > 0 } judges ? [.. judges.Select(TimeSpan.FromHours)] : ReminderOffsets.Default.Judges);
}

/// <summary>
/// One planned trigger of a challenge, as the dashboard and the organiser's timeline show it: a milestone, or a
/// reminder (audience and minutes before the deadline).
/// </summary>
public sealed record PlannedFire(TriggerKey Key, int Round, MilestoneKind? Milestone, ReminderAudience? Audience, int? OffsetMinutes, DateTimeOffset? NextFireUtc)
{
    public bool IsReminder => Audience is not null;

    private static readonly Regex Name = new(@"^r(?<round>\d+)/(?:remind-(?<audience>[A-Za-z]+)/(?<minutes>\d+)min|(?<milestone>[A-Za-z]+))$", RegexOptions.CultureInvariant);

    /// <summary>Reads what a challenge trigger is for from its key (see <see cref="ChallengeClock.MilestoneKey"/>); null for other triggers.</summary>
    public static PlannedFire? FromKey(TriggerKey key, DateTimeOffset? nextFireUtc)
    {
        if (ChallengeClock.ChallengeOf(key) is null || Name.Match(key.Name) is not { Success: true } match)
        {
            return null;
        }

        var round = int.Parse(match.Groups["round"].Value, CultureInfo.InvariantCulture);
        return match.Groups["milestone"].Success
            ? Enum.TryParse<MilestoneKind>(match.Groups["milestone"].Value, out var milestone) ? new PlannedFire(key, round, milestone, null, null, nextFireUtc) : null
            : Enum.TryParse<ReminderAudience>(match.Groups["audience"].Value, out var audience)
                ? new PlannedFire(key, round, null, audience, int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture), nextFireUtc)
                : null;
    }
}

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
        key.Group.StartsWith(ChallengeGroupPrefix, StringComparison.Ordinal) && Guid.TryParseExact(key.Group[ChallengeGroupPrefix.Length..], "N", out var id) ? id : null;

    public static TriggerKey MilestoneKey(Guid challengeId, int round, MilestoneKind kind) => new($"r{round}/{kind}", GroupFor(challengeId));

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
        challenge.PendingMilestones().GroupBy(m => m.AtUtc).Select(at => MilestoneTrigger(challenge.Id, at.First()))
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
        Build(MilestoneKey(challengeId, milestone.Round, milestone.Kind), ChallengeTimerJob.Key, milestone.AtUtc, new()
        {
            // The job applies whatever is due, so the challenge is all it needs; the key names the milestone.
            [JobData.ChallengeIdKey] = challengeId.ToString(),
        });

    public static ITrigger ReminderTrigger(Guid challengeId, ReminderPlan plan) =>
        Build(ReminderKey(challengeId, plan), ReminderJob.Key, plan.AtUtc, new()
        {
            [JobData.ChallengeIdKey] = challengeId.ToString(),
            [JobData.RoundKey] = JobData.Text(plan.Round),
            [JobData.AudienceKey] = plan.Audience.ToString(),
            [JobData.OffsetMinutesKey] = JobData.Text((int)plan.Offset.TotalMinutes),
        });

    private static ITrigger Build(TriggerKey key, JobKey job, DateTime atUtc, Dictionary<string, string> data)
    {
        var map = new JobDataMap();
        foreach (var (name, value) in data)
        {
            map[name] = value;
        }

        return TriggerBuilder.Create()
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
            if (await scheduler.GetTrigger(key, cancellationToken) is { } trigger && PlannedFire.FromKey(key, trigger.NextFireTimeUtc) is { } fire)
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

/// <summary>Job data as invariant text, so that it reads back the same whatever the store's serializer makes of numbers.</summary>
public static class JobData
{
    public const string ChallengeIdKey = "challengeId";
    public const string RoundKey = "round";
    public const string AudienceKey = "audience";
    public const string OffsetMinutesKey = "offsetMinutes";

    public static Guid? ChallengeId(JobDataMap data) => Guid.TryParse(data.GetString(ChallengeIdKey), out var id) ? id : null;

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static int? Int(JobDataMap data, string key) =>
        int.TryParse(data.GetString(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
