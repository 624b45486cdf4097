namespace TechChallenge.Domain.Teams;

/// <summary>A former member of a team.</summary>
public sealed class TeamDeparture
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid TeamId { get; init; }
    public required string UserId { get; init; }
    public Guid? OrganizationId { get; init; }
    public DateTime LeftAtUtc { get; init; }
}
