namespace TechChallenge.Domain.Proposals;

/// <summary>A solver's answer to a challenge: text and attachments, submitted before the deadline.</summary>
public sealed class Proposal
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public required string SolverUserId { get; init; }
    public Guid? SolverOrganizationId { get; init; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime SubmittedAtUtc { get; init; }
    public List<ProposalAttachment> Attachments { get; init; } = [];
}

/// <summary>A file attached to a proposal, stored outside the web root under <see cref="StorageKey"/>.</summary>
public sealed class ProposalAttachment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProposalId { get; set; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }
    public required string Sha256 { get; init; }
    public required string StorageKey { get; init; }
}
