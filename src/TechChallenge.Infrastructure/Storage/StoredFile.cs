namespace TechChallenge.Infrastructure.Storage;

public sealed record StoredFile(string StorageKey, long SizeBytes, string Sha256);
