namespace TechChallenge.Domain.Challenges;

/// <summary>
/// That one person was sent one reminder. Its key (challenge, round, audience, offset, user) is unique in the
/// database, so nobody is reminded twice for the same offset, even by two runs or across restarts.
/// </summary>
public sealed class ReminderLog
{
    public Guid ChallengeId { get; init; }
    public int Round { get; init; }
    public ReminderAudience Audience { get; init; }
    public int OffsetMinutes { get; init; }
    public required string UserId { get; init; }
    public DateTime SentAtUtc { get; init; }
}
