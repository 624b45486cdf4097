namespace TechChallenge.Domain.Challenges;

/// <summary>A published challenge was edited: the edit became revision <paramref name="RevisionId"/>.</summary>
public sealed record ChallengeAmended(Guid ChallengeId, Guid RevisionId, DateTime OccurredAtUtc)
    : ChallengeDomainEvent(ChallengeId, OccurredAtUtc);
