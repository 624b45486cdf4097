namespace TechChallenge.Domain.Notifications;

/// <summary>
/// One message to one user in the app. It stores what happened and to what, not rendered text, so it is shown in the
/// language the user reads at the time.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string UserId { get; init; }
    public NotificationKind Kind { get; init; }
    public Guid? ChallengeId { get; init; }

    /// <summary>The challenge's title when it happened (titles are written in one language by their authors).</summary>
    public required string Subject { get; init; }

    /// <summary>Site-relative link to what the notification is about.</summary>
    public required string Link { get; init; }

    public DateTime CreatedAtUtc { get; init; }
    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
