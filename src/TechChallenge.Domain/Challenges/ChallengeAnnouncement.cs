namespace TechChallenge.Domain.Challenges;

/// <summary>A notice from the organiser to everyone following the challenge.</summary>
public sealed class ChallengeAnnouncement
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public required string PostedByUserId { get; init; }
    public DateTime PostedAtUtc { get; init; }
}
