namespace TechChallenge.Domain.Challenges;

/// <summary>
/// Audit record of one lifecycle transition: who (null for the scheduler), when, from, to, and why. Transitions made
/// in the same instant (closing submissions and opening judging) are ordered by <see cref="To"/>, which follows the
/// lifecycle's order.
/// </summary>
public sealed class ChallengeTransition
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; set; }
    public ChallengeStatus From { get; init; }
    public ChallengeStatus To { get; init; }
    public ChallengeTrigger Trigger { get; init; }
    public string? ActorUserId { get; init; }
    public DateTime AtUtc { get; init; }
    public string? Reason { get; init; }
}
