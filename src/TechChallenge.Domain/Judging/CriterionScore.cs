namespace TechChallenge.Domain.Judging;

public sealed class CriterionScore
{
    public Guid ScorecardId { get; init; }
    public Guid CriterionId { get; init; }
    public decimal Value { get; init; }

    /// <summary>Shown to the solver with their feedback, if the judge wrote one.</summary>
    public string? CommentToSolver { get; init; }
}
