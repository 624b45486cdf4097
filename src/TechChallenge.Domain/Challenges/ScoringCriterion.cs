namespace TechChallenge.Domain.Challenges;

/// <summary>A weighted criterion that judges score on a 0..<see cref="MaxScore"/> scale.</summary>
public sealed class ScoringCriterion
{
    public const int DefaultMaxScore = 10;
    public const int MaxAnchorsLength = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";

    /// <summary>What the scale's marks mean (see <see cref="CriterionPlan.Anchors"/>).</summary>
    public string Anchors { get; set; } = "";

    /// <summary>Percentage weight; the weights of a challenge's criteria sum to 100.</summary>
    public decimal Weight { get; set; }

    public int MaxScore { get; set; } = DefaultMaxScore;

    /// <summary>The round scored on it (see <see cref="Challenge.CriteriaOf"/>).</summary>
    public int RoundNumber { get; set; } = 1;
    public int SortOrder { get; set; }
}
