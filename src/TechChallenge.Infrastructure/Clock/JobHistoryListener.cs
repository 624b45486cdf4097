using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>Writes a <see cref="JobRun"/> for every run that did something or failed; idle polls leave no trace.</summary>
public sealed class JobHistoryListener(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ILogger<JobHistoryListener> logger)
    : IJobListener
{
    public string Name => "job-history";

    public async ValueTask JobWasExecuted(
        IJobExecutionContext context,
        JobExecutionException? jobException,
        CancellationToken cancellationToken = default
    )
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
