namespace TechChallenge.Domain.Judging;

/// <summary>An entry taken on to a later round of its challenge.</summary>
public sealed class RoundEntry
{
    public Guid ChallengeId { get; init; }
    public int RoundNumber { get; init; }
    public Guid ProposalId { get; init; }
    public required string AdvancedByUserId { get; init; }
    public DateTime AdvancedAtUtc { get; init; }
}
