namespace TechChallenge.Domain.Challenges;

/// <summary>
/// One saved edit of a published challenge: a numbered version with what changed, who changed it and why. Material
/// revisions appear in the public change log.
/// </summary>
public sealed class ChallengeRevision
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; set; }
    public int Number { get; init; }
    public DateTime AtUtc { get; init; }
    public required string EditedByUserId { get; init; }

    /// <summary>Comma-separated <see cref="ChallengeParts"/> names.</summary>
    public required string ChangedParts { get; init; }

    public bool IsMaterial { get; init; }
    public string Note { get; init; } = "";
    public DateTime? PreviousDeadlineUtc { get; init; }
    public DateTime? NewDeadlineUtc { get; init; }

    public IReadOnlyList<string> Parts => ChangedParts.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
