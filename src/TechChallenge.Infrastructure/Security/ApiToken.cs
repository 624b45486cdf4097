namespace TechChallenge.Infrastructure.Security;

/// <summary>
/// A personal access token for the HTTP API, so an institution's own system can act for one of its users. Only the
/// SHA-256 of the token is stored: the token itself is shown once, when it is made.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string UserId { get; init; }
    public required string Name { get; init; }
    public required string TokenSha256 { get; init; }
    public DateTime CreatedUtc { get; init; }
    public DateTime ExpiresUtc { get; init; }
    public DateTime? LastUsedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
