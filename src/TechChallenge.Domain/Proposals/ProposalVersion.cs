using System.Security.Cryptography;
using System.Text.Json;

namespace TechChallenge.Domain.Proposals;

/// <summary>One submission of a proposal: what was sent, when, and the SHA-256 that the receipt shows.</summary>
public sealed class ProposalVersion
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProposalId { get; init; }
    public int Number { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public IReadOnlyList<SectionAnswer> Sections { get; init; } = [];
    public IReadOnlyList<VersionFile> Files { get; init; } = [];
    public DateTime SubmittedAtUtc { get; init; }
    public required string ContentSha256 { get; init; }

    /// <summary>
    /// SHA-256 (lower-case hex) of the version's canonical JSON: proposal id, number, title, abstract, sections in form
    /// order, and each file's name and SHA-256. Anyone holding the receipt's text can recompute it.
    /// </summary>
    public static string HashContent(
        Guid proposalId,
        int number,
        string title,
        string body,
        IReadOnlyList<SectionAnswer> sections,
        IReadOnlyList<VersionFile> files
    )
    {
        var canonical = new CanonicalContent(
            proposalId.ToString("D"),
            number,
            title,
            body,
            [.. sections.Select(s => new CanonicalSection(s.Key, s.Text))],
            [.. files.Select(f => new CanonicalFile(f.FileName, f.Sha256))]
        );
        var json = JsonSerializer.SerializeToUtf8Bytes(canonical, CanonicalJson);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }

    public string ComputeContentSha256() => HashContent(ProposalId, Number, Title, Body, Sections, Files);

    private static readonly JsonSerializerOptions CanonicalJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private sealed record CanonicalContent(
        string ProposalId,
        int Version,
        string Title,
        string Abstract,
        IReadOnlyList<CanonicalSection> Sections,
        IReadOnlyList<CanonicalFile> Files
    );

    private sealed record CanonicalSection(string Key, string Text);

    private sealed record CanonicalFile(string Name, string Sha256);
}
