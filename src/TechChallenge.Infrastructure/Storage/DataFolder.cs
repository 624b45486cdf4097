namespace TechChallenge.Infrastructure.Storage;

/// <summary>The folder that holds the SQLite database and uploaded files.</summary>
public sealed record DataFolder(string Path);
