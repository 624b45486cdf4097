namespace TechChallenge.Domain.Challenges;

/// <summary>A file published with a challenge (its cover image is one of them), stored outside the web root.</summary>
public sealed class ChallengeAttachment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }
    public required string Sha256 { get; init; }
    public required string StorageKey { get; init; }
    public DateTime UploadedAtUtc { get; init; }
    public bool IsCoverImage { get; init; }
}
