namespace TechChallenge.Domain.Challenges;

/// <summary>A judge on the panel of one round of a challenge: each round has its own panel.</summary>
public sealed class JudgeAssignment
{
    public Guid ChallengeId { get; set; }
    public required string JudgeUserId { get; init; }
    public int RoundNumber { get; init; } = 1;
    public DateTime AssignedAtUtc { get; init; }
}
