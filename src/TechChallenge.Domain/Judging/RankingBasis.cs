namespace TechChallenge.Domain.Judging;

/// <summary>Which score orders the ranking.</summary>
public enum RankingBasis
{
    /// <summary>Mean of the judges' weighted scores (0–100).</summary>
    Raw,

    /// <summary>Mean of the judges' z-scores, each judge standardised against their own cards in the round.</summary>
    Normalized,
}
