namespace TechChallenge.Domain.Judging;

/// <summary>One judge's score changed on an upheld appeal: what it was, what it became, and why.</summary>
public sealed class ScoreCorrection
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AppealId { get; init; }
    public Guid ScorecardId { get; init; }
    public Guid CriterionId { get; init; }
    public decimal OldValue { get; init; }
    public decimal NewValue { get; init; }
    public required string ByUserId { get; init; }
    public DateTime AtUtc { get; init; }
}
