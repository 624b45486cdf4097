namespace TechChallenge.Domain.Proposals;

/// <summary>A file as a version listed it on its receipt.</summary>
public sealed record VersionFile(Guid AttachmentId, string FileName, long SizeBytes, string Sha256);
