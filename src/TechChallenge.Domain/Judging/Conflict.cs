namespace TechChallenge.Domain.Judging;

public sealed record Conflict(string JudgeUserId, Guid ProposalId, ConflictSource Source);
