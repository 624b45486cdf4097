namespace TechChallenge.Domain.Challenges;

/// <summary>A user who follows a challenge and hears of its announcements, answers and amendments.</summary>
public sealed class ChallengeFollow
{
    public Guid ChallengeId { get; init; }
    public required string UserId { get; init; }
    public DateTime FollowedAtUtc { get; init; }
}
