namespace TechChallenge.Domain.Judging;

/// <summary>
/// One panel judge assigned to score one entry in one round. While a round has none, every judge on its panel scores
/// every entry of the round; once the organisers assign (automatically or by hand), each judge sees only their own.
/// </summary>
public sealed class EntryAssignment
{
    public Guid ProposalId { get; init; }
    public required string JudgeUserId { get; init; }
    public Guid ChallengeId { get; init; }
    public int RoundNumber { get; init; } = 1;

    /// <summary>Set by an organiser by hand: an automatic run keeps it.</summary>
    public bool Manual { get; init; }

    public DateTime AssignedAtUtc { get; init; }
}
