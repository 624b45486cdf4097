using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>
/// Sends the outbox's due messages, oldest first, recording each result as soon as it is known: a crash can repeat
/// at most the one message in flight, never lose one. One run at a time across the cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MailDeliveryJob(
    IDbContextFactory<AppDbContext> dbFactory,
    MailTransport transport,
    TimeProvider clock,
    ILogger<MailDeliveryJob> logger
) : IJob
{
    public static readonly JobKey Key = new("mail-delivery", ChallengeClock.Group);

    public static readonly TriggerKey PollKey = new("mail-delivery-poll", ChallengeClock.Group);

    private const int BatchSize = 50;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sent = 0;
        var failed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db
                .OutboxMessages.Where(m => m.State == OutboxState.Pending && m.NextAttemptAtUtc <= now)
                .OrderBy(m => m.NextAttemptAtUtc)
                .ThenBy(m => m.CreatedAtUtc)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var message in due)
            {
                var result = await transport.SendAsync(message, cancellationToken);
                var at = clock.GetUtcNow().UtcDateTime;
                if (result.Sent)
                {
                    message.MarkSent(at);
                    sent++;
                }
                else
                {
                    message.MarkFailed(at, result.Error ?? "unknown error", result.Permanent);
                    failed++;
                    logger.LogWarning(
                        "Mail {MessageId} to {Address} failed (attempt {Attempt}, {State}): {Error}",
                        message.Id,
                        message.ToAddress,
                        message.Attempts,
                        message.State,
                        result.Error
                    );
                }

                await db.SaveChangesAsync(CancellationToken.None);
            }

            if (due.Count < BatchSize)
            {
                break;
            }
        }

        // An empty poll leaves no result, so the job history keeps only runs that did something.
        context.Result = sent + failed == 0 ? null : $"sent {sent}, failed {failed}";
    }
}
