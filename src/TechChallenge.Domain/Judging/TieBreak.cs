namespace TechChallenge.Domain.Judging;

/// <summary>The criterion whose mean score placed an entry above the one it tied with.</summary>
public sealed record TieBreak(Guid CriterionId, string CriterionName, Guid PlacedAboveProposalId);
