namespace TechChallenge.Domain.Notifications;

/// <summary>A user's "no" to one kind of notification on one channel; everything else is wanted.</summary>
public sealed class NotificationOptOut
{
    public required string UserId { get; init; }
    public NotificationKind Kind { get; init; }
    public NotificationChannel Channel { get; init; }
}
