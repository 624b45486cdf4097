namespace TechChallenge.Domain.Challenges;

/// <summary>
/// Ideation asks for a concept; theoretical challenges also for supporting data or literature; reduction to practice
/// for evidence of a working result.
/// </summary>
public enum ChallengeType
{
    Ideation,
    Theoretical,
    ReductionToPractice,
}
