namespace TechChallenge.Domain.Challenges;

/// <summary>The lifecycle moved the challenge, by a person's or the clock's trigger.</summary>
public sealed record ChallengeStatusChanged(
    Guid ChallengeId,
    ChallengeStatus From,
    ChallengeStatus To,
    ChallengeTrigger Trigger,
    DateTime OccurredAtUtc
) : ChallengeDomainEvent(ChallengeId, OccurredAtUtc);
