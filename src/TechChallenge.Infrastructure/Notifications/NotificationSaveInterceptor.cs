using Microsoft.EntityFrameworkCore;
using Quartz;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Jobs;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>After notifications are saved: wakes the recipients' open pages and starts the mail delivery job.</summary>
public sealed class NotificationSaveInterceptor(NotificationSignal signal, ISchedulerFactory schedulers) : AfterSaveInterceptor<NotificationSaveInterceptor.Saved>
{
    public sealed record Saved(IReadOnlyList<string> Recipients, bool HasMail);

    protected override Saved? Collect(DbContext context)
    {
        var recipients = context.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.UserId).ToList();
        var hasMail = context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        return recipients.Count > 0 || hasMail ? new Saved(recipients, hasMail) : null;
    }

    protected override async ValueTask AfterSaveAsync(Saved state, CancellationToken cancellationToken)
    {
        if (state.HasMail)
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            if (scheduler.Status == SchedulerStatus.Running)
            {
                // The periodic run would find the message too; this saves the wait.
                await scheduler.TriggerJob(MailDeliveryJob.Key, cancellationToken);
            }
        }

        await signal.RaiseAsync(state.Recipients);
    }
}
