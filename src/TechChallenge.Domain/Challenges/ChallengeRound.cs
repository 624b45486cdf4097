namespace TechChallenge.Domain.Challenges;

/// <summary>
/// One round of a challenge (e.g. preliminary review, then a final roadshow), with its own submission window and
/// judging window. Times are UTC.
/// </summary>
public sealed class ChallengeRound
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; set; }

    /// <summary>1 for the first round.</summary>
    public int Number { get; set; }

    public required string Name { get; set; }
    public DateTime SubmissionOpensUtc { get; set; }
    public DateTime SubmissionClosesUtc { get; set; }
    public DateTime JudgingOpensUtc { get; set; }
    public DateTime JudgingClosesUtc { get; set; }

    /// <summary>When the window for appealing this round's scores closes, if the round has one.</summary>
    public DateTime? AppealsClosesUtc { get; set; }

    /// <summary>When the results are published by the clock, if scheduled (the last round only).</summary>
    public DateTime? ResultsPublishUtc { get; set; }

    /// <summary>How many judges score each entry, as last used for automatic assignment; null before any.</summary>
    public int? JudgesPerEntry { get; set; }

    /// <summary>The latest of this round's milestones the clock has applied; null before the first.</summary>
    public MilestoneKind? ReachedMilestone { get; set; }

    public bool HasReached(MilestoneKind kind) => ReachedMilestone >= kind;
}
