using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>A user's notifications and preferences; the admins' view of the e-mail outbox.</summary>
public sealed class NotificationCenter(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    public const int PageSize = 50;

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is not { } userId)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, cancellationToken);
    }

    /// <summary>The actor's own notifications, newest first.</summary>
    public async Task<NotificationPage> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is not { } userId)
        {
            return new NotificationPage([], 0, 0);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var items = await mine.OrderByDescending(n => n.CreatedAtUtc)
            .ThenBy(n => n.Id)
            .Take(PageSize)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Subject, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(cancellationToken);
        return new NotificationPage(
            items,
            await mine.CountAsync(n => n.ReadAtUtc == null, cancellationToken),
            await mine.CountAsync(cancellationToken)
        );
    }

    /// <summary>Marks one of the actor's notifications read (null: all of them). Another user's is "not found".</summary>
    public async Task<Outcome> MarkReadAsync(Actor actor, Guid? notificationId, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is not { } userId)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unread = await db
            .Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null && (notificationId == null || n.Id == notificationId))
            .ToListAsync(cancellationToken);
        if (
            notificationId is { } id
            && unread.Count == 0
            && !await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == userId, cancellationToken)
        )
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        unread.ForEach(n => n.MarkRead(UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>Every (kind, channel) with whether the actor wants it.</summary>
    public async Task<IReadOnlyList<NotificationSetting>> GetSettingsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is not { } userId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var optOuts = await db
            .NotificationOptOuts.AsNoTracking()
            .Where(o => o.UserId == userId)
            .Select(o => new { o.Kind, o.Channel })
            .ToListAsync(cancellationToken);
        return (
            from kind in Enum.GetValues<NotificationKind>()
            from channel in Enum.GetValues<NotificationChannel>()
            select new NotificationSetting(kind, channel, !optOuts.Contains(new { Kind = kind, Channel = channel }))
        ).ToList();
    }

    public async Task<Outcome> SaveSettingsAsync(
        Actor actor,
        IEnumerable<NotificationSetting> settings,
        CancellationToken cancellationToken = default
    )
    {
        if (actor.UserId is not { } userId)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.NotificationOptOuts.RemoveRange(await db.NotificationOptOuts.Where(o => o.UserId == userId).ToListAsync(cancellationToken));
        db.NotificationOptOuts.AddRange(
            settings
                .Where(s => !s.Enabled)
                .DistinctBy(s => (s.Kind, s.Channel))
                .Select(s => new NotificationOptOut
                {
                    UserId = userId,
                    Kind = s.Kind,
                    Channel = s.Channel,
                })
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>
    /// Follows an e-mail's unsubscribe link: that kind of e-mail stops for the user the link was made for. Works
    /// signed out (mail clients call it), so the link itself is the proof; a tampered one is refused.
    /// </summary>
    public async Task<Outcome<NotificationKind>> UnsubscribeAsync(string token, CancellationToken cancellationToken = default)
    {
        if (notifier.ReadUnsubscribeToken(token) is not var (userId, kind))
        {
            return Outcome<NotificationKind>.Refused(RuleCodes.UnsubscribeLinkInvalid);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (
            !await db.NotificationOptOuts.AnyAsync(
                o => o.UserId == userId && o.Kind == kind && o.Channel == NotificationChannel.Email,
                cancellationToken
            )
        )
        {
            db.NotificationOptOuts.Add(
                new NotificationOptOut
                {
                    UserId = userId,
                    Kind = kind,
                    Channel = NotificationChannel.Email,
                }
            );
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two clicks at once: the other one recorded it, which is all that was asked.
                if (await StillMissingAsync())
                {
                    throw;
                }
            }
        }

        return Outcome<NotificationKind>.Ok(kind);

        async Task<bool> StillMissingAsync()
        {
            await using var check = await dbFactory.CreateDbContextAsync(cancellationToken);
            return !await check.NotificationOptOuts.AnyAsync(
                o => o.UserId == userId && o.Kind == kind && o.Channel == NotificationChannel.Email,
                cancellationToken
            );
        }
    }

    /// <summary>The outbox for platform admins: counts by state and the latest messages, given-up ones first.</summary>
    public async Task<Outcome<OutboxSummary>> OutboxAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Outcome<OutboxSummary>.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db
            .OutboxMessages.GroupBy(m => m.State)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(OutboxState state) => counts.SingleOrDefault(c => c.Key == state)?.Count ?? 0;
        var messages = await db
            .OutboxMessages.AsNoTracking()
            .OrderBy(m =>
                m.State == OutboxState.Failed ? 0
                : m.State == OutboxState.Pending ? 1
                : 2
            )
            .ThenByDescending(m => m.CreatedAtUtc)
            .Take(100)
            .Select(m => new OutboxView(
                m.Id,
                m.ToAddress,
                m.Kind,
                m.Subject,
                m.State,
                m.Attempts,
                m.CreatedAtUtc,
                m.NextAttemptAtUtc,
                m.SentAtUtc,
                m.LastError
            ))
            .ToListAsync(cancellationToken);
        return Outcome<OutboxSummary>.Ok(
            new OutboxSummary(Count(OutboxState.Pending), Count(OutboxState.Sent), Count(OutboxState.Failed), messages)
        );
    }

    /// <summary>An admin sends a given-up message again (e.g. after fixing the mail server's settings).</summary>
    public async Task<Outcome> RetryAsync(Actor actor, Guid messageId, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        if (!message.Retry(UtcNow))
        {
            return Outcome.Refused(RuleCodes.MailNotFailed);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }
}
