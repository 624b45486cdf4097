namespace TechChallenge.Infrastructure.Data;

/// <summary>A field of expertise on a person's profile, from the managed list challenges are tagged with.</summary>
public sealed class UserExpertise
{
    public required string UserId { get; init; }
    public Guid FieldTagId { get; init; }
}
