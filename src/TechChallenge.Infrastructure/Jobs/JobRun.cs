using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Jobs;

/// <summary>
/// One finished run of a scheduled job, on whichever node ran it: what Quartz itself forgets once a trigger is done,
/// kept for the jobs dashboard (completed and failed runs, last result and error, retry with the same data).
/// </summary>
public sealed class JobRun
{
    public const int MaxResultLength = 1000;
    public const int MaxErrorLength = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string JobName { get; init; }
    public required string JobGroup { get; init; }
    public required string TriggerName { get; init; }
    public required string TriggerGroup { get; init; }
    public Guid? ChallengeId { get; init; }
    public required string InstanceId { get; init; }
    public DateTime? ScheduledFireUtc { get; init; }
    public DateTime FiredUtc { get; init; }
    public DateTime FinishedUtc { get; init; }
    public bool Succeeded { get; init; }
    public string? Result { get; init; }
    public string? Error { get; init; }

    /// <summary>The run's job data as JSON (string values), so that a failed run can be retried as it was.</summary>
    public required string JobDataJson { get; init; }

    public IDictionary<string, string> ReadJobData() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(JobDataJson) ?? [];
}

/// <summary>Writes a <see cref="JobRun"/> for every run that did something or failed; idle polls leave no trace.</summary>
public sealed class JobHistoryListener(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<JobHistoryListener> logger) : IJobListener
{
    public string Name => "job-history";

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (jobException is null && context.Result is null)
        {
            return;
        }

        var data = context.MergedJobDataMap.ToDictionary(e => e.Key, e => e.Value?.ToString() ?? "");
        var run = new JobRun
        {
            JobName = context.JobDetail.Key.Name,
            JobGroup = context.JobDetail.Key.Group,
            TriggerName = context.Trigger.Key.Name,
            TriggerGroup = context.Trigger.Key.Group,
            ChallengeId = ChallengeClock.ChallengeOf(context.Trigger.Key) ?? JobData.ChallengeId(context.MergedJobDataMap),
            InstanceId = context.Scheduler.SchedulerInstanceId,
            ScheduledFireUtc = context.ScheduledFireTimeUtc?.UtcDateTime,
            FiredUtc = context.FireTimeUtc.UtcDateTime,
            FinishedUtc = clock.GetUtcNow().UtcDateTime,
            Succeeded = jobException is null,
            Result = Truncate(context.Result?.ToString(), JobRun.MaxResultLength),
            Error = Truncate(jobException?.InnerException?.ToString() ?? jobException?.ToString(), JobRun.MaxErrorLength),
            JobDataJson = JsonSerializer.Serialize(data),
        };
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or OperationCanceledException)
        {
            // History is for people; losing one entry must not fail the job or the scheduler.
            logger.LogWarning(exception, "Could not record the run of {Job} ({Trigger})", run.JobName, run.TriggerName);
        }
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
