namespace TechChallenge.Domain.Challenges;

/// <summary>
/// A solver who registered to take part (揭榜报名). For a confidential challenge registering means accepting its
/// terms, and the time of acceptance is what unlocks the details.
/// </summary>
public sealed class ChallengeRegistration
{
    public Guid ChallengeId { get; init; }
    public required string UserId { get; init; }
    public DateTime RegisteredAtUtc { get; init; }
    public DateTime? TermsAcceptedAtUtc { get; init; }
}
