namespace TechChallenge.Domain.Judging;

/// <summary>An entry that has fewer judges than wanted because too few panel judges are free of conflicts.</summary>
public sealed record EntryShortfall(Guid ProposalId, int Assigned, int Wanted);
