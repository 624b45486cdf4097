namespace TechChallenge.Domain.Challenges;

/// <summary>The clock applied a round's milestone, whether or not it moved the challenge.</summary>
public sealed record RoundMilestoneReached(Guid ChallengeId, Milestone Milestone, DateTime OccurredAtUtc)
    : ChallengeDomainEvent(ChallengeId, OccurredAtUtc);
