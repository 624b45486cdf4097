using Microsoft.EntityFrameworkCore;
using Quartz;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>
/// What Hangfire's dashboard gives, for platform admins: the scheduler's state, what is planned next, what runs on
/// this node, what ran and how it ended; trigger a planned step now, retry a failed run, pause and resume everything.
/// </summary>
public sealed class JobsDashboard(ISchedulerFactory schedulerFactory, IDbContextFactory<AppDbContext> dbFactory)
{
    public const int UpcomingLimit = 50;
    public const int RunsLimit = 100;

    public async Task<Outcome<SchedulerSummary>> SummaryAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Outcome<SchedulerSummary>.Refused(RuleCodes.AccessDenied);
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var metadata = await scheduler.GetMetadata(cancellationToken);
        var paused = await scheduler.GetPausedTriggerGroups(cancellationToken);
        var nodes = (await scheduler.QueryClusterNodes(cancellationToken))
            .Select(n => new ClusterNodeView(n.InstanceId, n.IsCurrentNode, n.State.ToString(), n.LastCheckInUtc?.UtcDateTime))
            .ToList();
        // With the persistent store this is every node's running work, not only this one's.
        var running = (await scheduler.QueryFireInstances(new FireInstanceQuery { State = FireInstanceState.Executing }, cancellationToken))
            .Items.Select(f => new RunningJob(
                f.JobKey?.Name ?? "",
                f.TriggerKey.Name,
                f.TriggerKey.Group,
                f.SchedulerInstanceId,
                f.FireTimeUtc.UtcDateTime,
                f.ScheduledFireTimeUtc?.UtcDateTime
            ))
            .ToList();
        return Outcome<SchedulerSummary>.Ok(
            new SchedulerSummary(
                scheduler.SchedulerName,
                scheduler.SchedulerInstanceId,
                metadata.Status.ToString(),
                metadata.JobStoreClustered,
                paused.Count > 0,
                nodes,
                running
            )
        );
    }

    /// <summary>The next planned fires across the whole cluster, soonest first.</summary>
    public async Task<Outcome<IReadOnlyList<ScheduledTrigger>>> UpcomingAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Outcome<IReadOnlyList<ScheduledTrigger>>.Refused(RuleCodes.AccessDenied);
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var name = scheduler.SchedulerName;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Quartz's API has no "next N triggers of every group" query; its own table has the index for it. The names
        // are unquoted, as Quartz creates them, so they read the same on SQLite and PostgreSQL.
        var rows = await db
            .Database.SqlQuery<QuartzTriggerRow>(
                $"""
                SELECT trigger_name AS "TriggerName", trigger_group AS "TriggerGroup", job_name AS "JobName", job_group AS "JobGroup",
                       next_fire_time AS "NextFireTicks", prev_fire_time AS "PreviousFireTicks", trigger_state AS "State"
                FROM qrtz_triggers
                WHERE sched_name = {name} AND next_fire_time IS NOT NULL
                ORDER BY next_fire_time
                LIMIT {UpcomingLimit}
                """
            )
            .ToListAsync(cancellationToken);
        var challengeIds = rows.Select(r => r.ChallengeId).OfType<Guid>().Distinct().ToList();
        var titles = await db
            .Challenges.IgnoreAutoIncludes()
            .Where(c => challengeIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        return Outcome<IReadOnlyList<ScheduledTrigger>>.Ok(
            rows.Select(r =>
                {
                    var next = FromTicks(r.NextFireTicks);
                    var challengeId = r.ChallengeId;
                    return new ScheduledTrigger(
                        r.TriggerName,
                        r.TriggerGroup,
                        r.JobName,
                        r.JobGroup,
                        PlannedFire.FromKey(r.Key, next is { } at ? new DateTimeOffset(at) : null) is { } step
                            ? PlannedSteps.Of(step)
                            : null,
                        challengeId,
                        challengeId is { } id ? titles.GetValueOrDefault(id) : null,
                        next,
                        FromTicks(r.PreviousFireTicks),
                        r.State
                    );
                })
                .ToList()
        );
    }

    /// <summary>Finished runs, newest first; only the failed ones when <paramref name="failedOnly"/>.</summary>
    public async Task<Outcome<IReadOnlyList<JobRunView>>> RunsAsync(
        Actor actor,
        bool failedOnly,
        Guid? challengeId = null,
        CancellationToken cancellationToken = default
    )
    {
        if (!actor.IsAdmin)
        {
            return Outcome<IReadOnlyList<JobRunView>>.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db
            .JobRuns.AsNoTracking()
            .Where(r => !failedOnly || !r.Succeeded)
            .Where(r => challengeId == null || r.ChallengeId == challengeId)
            .OrderByDescending(r => r.FinishedUtc)
            .Take(RunsLimit)
            .Select(r => new JobRunView(
                r.Id,
                r.JobName,
                r.TriggerName,
                r.ChallengeId,
                r.InstanceId,
                r.ScheduledFireUtc,
                r.FiredUtc,
                r.FinishedUtc,
                r.Succeeded,
                r.Result,
                r.Error
            ))
            .ToListAsync(cancellationToken);
        return Outcome<IReadOnlyList<JobRunView>>.Ok(runs);
    }

    /// <summary>Runs a planned trigger's job now, with its data; the trigger itself stays planned for its time.</summary>
    public async Task<Outcome> TriggerNowAsync(
        Actor actor,
        string triggerName,
        string triggerGroup,
        CancellationToken cancellationToken = default
    )
    {
        if (!actor.IsAdmin)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        if (await scheduler.GetTrigger(new TriggerKey(triggerName, triggerGroup), cancellationToken) is not { } trigger)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        await scheduler.TriggerJob(trigger.JobKey, trigger.JobDataMap, cancellationToken);
        return Outcome.Success;
    }

    /// <summary>Runs a failed run's job again with the data it had.</summary>
    public async Task<Outcome> RetryAsync(Actor actor, Guid runId, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        if (run.Succeeded)
        {
            return Outcome.Refused(RuleCodes.JobRunNotFailed);
        }

        var data = new JobDataMap();
        foreach (var (key, value) in run.ReadJobData())
        {
            data[key] = value;
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(new JobKey(run.JobName, run.JobGroup), data, cancellationToken);
        return Outcome.Success;
    }

    /// <summary>Pauses (or resumes) every trigger on every node; what falls due meanwhile fires on resume, in order.</summary>
    public async Task<Outcome> SetPausedAsync(Actor actor, bool paused, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await (paused ? scheduler.PauseAll(cancellationToken) : scheduler.ResumeAll(cancellationToken));
        return Outcome.Success;
    }

    private static DateTime? FromTicks(long? ticks) => ticks is > 0 ? new DateTime(ticks.Value, DateTimeKind.Utc) : null;

    private sealed record QuartzTriggerRow(
        string TriggerName,
        string TriggerGroup,
        string JobName,
        string JobGroup,
        long? NextFireTicks,
        long? PreviousFireTicks,
        string State
    )
    {
        public TriggerKey Key => new(TriggerName, TriggerGroup);

        public Guid? ChallengeId => ChallengeClock.ChallengeOf(Key);
    }
}
