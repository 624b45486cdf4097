namespace TechChallenge.Domain.Teams;

public sealed class TeamMember
{
    public Guid TeamId { get; init; }

    /// <summary>Repeated from the team so the database can hold "one team per solver and challenge".</summary>
    public Guid ChallengeId { get; init; }

    public required string UserId { get; init; }
    public TeamRole Role { get; init; }

    /// <summary>The organisation the member belonged to when they joined; judges' conflicts of interest use it.</summary>
    public Guid? OrganizationId { get; init; }

    public DateTime JoinedAtUtc { get; init; }
}
