using TechChallenge.Domain.Notifications;

namespace TechChallenge.Infrastructure.Notifications;

public sealed record NotificationView(Guid Id, NotificationKind Kind, string Subject, string Link, DateTime CreatedAtUtc, bool IsRead);

public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Unread, int Total);

/// <summary>One (kind, channel) switch of a user's preferences.</summary>
public sealed record NotificationSetting(NotificationKind Kind, NotificationChannel Channel, bool Enabled);

public sealed record OutboxView(
    Guid Id,
    string ToAddress,
    NotificationKind Kind,
    string Subject,
    OutboxState State,
    int Attempts,
    DateTime CreatedAtUtc,
    DateTime NextAttemptAtUtc,
    DateTime? SentAtUtc,
    string? LastError
);

public sealed record OutboxSummary(int Pending, int Sent, int Failed, IReadOnlyList<OutboxView> Messages);
