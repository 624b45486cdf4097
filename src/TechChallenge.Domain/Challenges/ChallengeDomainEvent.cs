namespace TechChallenge.Domain.Challenges;

/// <summary>
/// Something that happened to a challenge, recorded by the challenge itself (<see cref="Challenge.DomainEvents"/>) so
/// that what follows it — who is told — is decided in one place, whoever or whatever caused it.
/// </summary>
public abstract record ChallengeDomainEvent(Guid ChallengeId, DateTime OccurredAtUtc);
