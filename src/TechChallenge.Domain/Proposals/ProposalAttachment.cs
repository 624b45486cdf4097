namespace TechChallenge.Domain.Proposals;

/// <summary>A file uploaded to a proposal, stored outside the web root under <see cref="StorageKey"/>; never changed.</summary>
public sealed class ProposalAttachment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProposalId { get; set; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }
    public required string Sha256 { get; init; }
    public required string StorageKey { get; init; }
    public DateTime UploadedUtc { get; set; }

    /// <summary>Part of the working draft; a file taken out stays while a version refers to it.</summary>
    public bool InDraft { get; set; }
}
