using TechChallenge.Domain.Notifications;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>What happened, to what, and who should hear of it.</summary>
public sealed record NotificationRequest(
    NotificationKind Kind,
    Guid? ChallengeId,
    string Subject,
    string Link,
    IReadOnlyCollection<string> Recipients
);
