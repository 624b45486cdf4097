using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>After notifications are saved: wakes the recipients' open pages and starts the mail delivery job.</summary>
public sealed class NotificationSaveInterceptor(
    NotificationSignal signal,
    ISchedulerFactory schedulers,
    ILogger<NotificationSaveInterceptor> logger
) : AfterSaveInterceptor<NotificationSaveInterceptor.Saved>
{
    /// <summary>
    /// Saves with mail within this window share one start of the delivery job: each start is a row in the job store,
    /// and a burst of submissions (one receipt each) must not queue thousands of runs of a job that takes every due
    /// message anyway.
    /// </summary>
    public static readonly TimeSpan KickWindow = TimeSpan.FromSeconds(1);

    private int kickPending;

    public sealed record Saved(IReadOnlyList<string> Recipients, bool HasMail);

    protected override Saved? Collect(DbContext context)
    {
        var recipients = context
            .ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.UserId)
            .ToList();
        var hasMail = context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        return recipients.Count > 0 || hasMail ? new Saved(recipients, hasMail) : null;
    }

    protected override async ValueTask AfterSaveAsync(Saved state, CancellationToken cancellationToken)
    {
        if (state.HasMail && Interlocked.Exchange(ref kickPending, 1) == 0)
        {
            _ = KickAfterWindowAsync();
        }

        await signal.RaiseAsync(state.Recipients);
    }

    private async Task KickAfterWindowAsync()
    {
        try
        {
            await Task.Delay(KickWindow);
            // Cleared before the start, so mail saved while the job runs asks for another start.
            Volatile.Write(ref kickPending, 0);
            var scheduler = await schedulers.GetScheduler();
            if (scheduler.Status == SchedulerStatus.Running)
            {
                // The periodic run would find the messages too; this saves the wait.
                await scheduler.TriggerJob(MailDeliveryJob.Key);
            }
        }
        catch (Exception exception) when (exception is SchedulerException or ObjectDisposedException or InvalidOperationException)
        {
            Volatile.Write(ref kickPending, 0);
            logger.LogWarning(exception, "Could not start mail delivery early; the periodic run will send the mail");
        }
    }
}
