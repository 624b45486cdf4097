namespace TechChallenge.Domain.Judging;

/// <summary>A judge's complete scorecard as the ranking reads it: one value per criterion, in the criteria's order.</summary>
public sealed record CardScores(Guid ProposalId, string JudgeUserId, IReadOnlyList<decimal> Values);
