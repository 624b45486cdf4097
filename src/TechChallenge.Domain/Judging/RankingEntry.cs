namespace TechChallenge.Domain.Judging;

/// <summary>An entry to rank and the judges assigned to it (so missing cards can be named).</summary>
public sealed record RankingEntry(Guid ProposalId, IReadOnlyCollection<string> AssignedJudgeUserIds);
