namespace TechChallenge.Domain.Judging;

/// <summary>One judge on one entry.</summary>
public readonly record struct EntryJudge(Guid ProposalId, string JudgeUserId);
