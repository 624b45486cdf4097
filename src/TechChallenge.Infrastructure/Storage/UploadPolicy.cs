namespace TechChallenge.Infrastructure.Storage;

/// <summary>What an upload may be: per-file size, all of one proposal's files together, and the extensions accepted.</summary>
public sealed record UploadPolicy(long MaxFileBytes, long MaxTotalBytes, IReadOnlyList<string> Extensions);
