namespace TechChallenge.Domain.Judging;

/// <summary>
/// One panel judge assigned to score one entry. While a challenge has none, every judge on its panel scores every
/// entry; once the organisers assign (automatically or by hand), each judge sees only their own entries.
/// </summary>
public sealed class EntryAssignment
{
    public Guid ProposalId { get; init; }
    public required string JudgeUserId { get; init; }
    public Guid ChallengeId { get; init; }

    /// <summary>Set by an organiser by hand: an automatic run keeps it.</summary>
    public bool Manual { get; init; }

    public DateTime AssignedAtUtc { get; init; }
}
