namespace TechChallenge.Domain.Challenges;

/// <summary>A milestone the clock applied, and the status it moved the challenge to when it moved it.</summary>
public sealed record ClockStep(Milestone Milestone, ChallengeStatus? MovedTo);
