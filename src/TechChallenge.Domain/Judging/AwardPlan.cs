namespace TechChallenge.Domain.Judging;

/// <summary>An award as organisers plan it before the results are published.</summary>
public sealed record AwardPlan(Guid ProposalId, int Place, string Title, decimal? Amount);
