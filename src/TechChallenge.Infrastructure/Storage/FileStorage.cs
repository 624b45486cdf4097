using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;

namespace TechChallenge.Infrastructure.Storage;

/// <summary>Stores uploads under generated names, never the user's, and records each file's SHA-256.</summary>
public sealed class FileStorage(IOptions<FileStorageOptions> options, DataFolder dataFolder)
{
    private readonly FileStorageOptions settings = options.Value;

    private readonly string[] attachmentExtensions = Normalize(options.Value.AllowedExtensions, FileStorageOptions.DefaultExtensions);
    private readonly string[] imageExtensions = Normalize(options.Value.AllowedImageExtensions, FileStorageOptions.DefaultImageExtensions);

    private string Root => System.IO.Path.Combine(dataFolder.Path, settings.Path);

    public long MaxFileBytes => settings.MaxFileBytes;

    public long MaxProposalBytes => settings.MaxProposalBytes;

    public IReadOnlyList<string> AllowedExtensions => attachmentExtensions;

    public long MaxBytes(UploadKind kind) => kind == UploadKind.Image ? settings.MaxImageBytes : settings.MaxFileBytes;

    public IReadOnlyList<string> Extensions(UploadKind kind) => kind == UploadKind.Image ? imageExtensions : attachmentExtensions;

    public UploadPolicy Policy(UploadKind kind) => new(MaxBytes(kind), settings.MaxProposalBytes, Extensions(kind));

    /// <summary>What a challenge accepts with each proposal: its own limits where it sets them, the platform's elsewhere.</summary>
    public UploadPolicy ProposalPolicy(SubmissionFileRules rules)
    {
        const long megabyte = 1024 * 1024;
        var types = rules.Normalized().Types;
        return new UploadPolicy(
            Math.Min(rules.MaxFileMegabytes * megabyte ?? settings.MaxFileBytes, settings.MaxFileBytes),
            Math.Min(rules.MaxTotalMegabytes * megabyte ?? settings.MaxProposalBytes, settings.MaxProposalBytes),
            types.Count == 0 ? attachmentExtensions : [.. types.Where(attachmentExtensions.Contains)]
        );
    }

    /// <summary>Refuses a challenge's file rules that go beyond the platform's.</summary>
    public RuleViolation? CheckRules(SubmissionFileRules rules) =>
        rules.Check(settings.MaxFileBytes, settings.MaxProposalBytes, attachmentExtensions);

    /// <summary>Checks the name, type and declared size before anything is read.</summary>
    public RuleViolation? CheckUpload(string fileName, long declaredSize, UploadKind kind = UploadKind.Attachment) =>
        CheckUpload(fileName, declaredSize, Policy(kind));

    public RuleViolation? CheckUpload(string fileName, long declaredSize, UploadPolicy policy)
    {
        if (
            string.IsNullOrWhiteSpace(fileName)
            || fileName.Any(char.IsControl)
            || fileName.IndexOfAny(['/', '\\']) >= 0
            || fileName is "." or ".."
        )
        {
            return new RuleViolation(RuleCodes.FileNameInvalid);
        }

        var extension = System.IO.Path.GetExtension(fileName).ToLowerInvariant();
        if (!policy.Extensions.Contains(extension))
        {
            return new RuleViolation(RuleCodes.FileTypeNotAllowed, extension, string.Join(", ", policy.Extensions));
        }

        if (declaredSize == 0)
        {
            return new RuleViolation(RuleCodes.FileEmpty);
        }

        return declaredSize > policy.MaxFileBytes ? new RuleViolation(RuleCodes.FileTooLarge, policy.MaxFileBytes / (1024 * 1024)) : null;
    }

    /// <summary>
    /// Copies the stream to storage, refusing it once it grows past the limit, whatever size was declared, and when its
    /// first bytes are not what its extension claims (a renamed program, say).
    /// </summary>
    public Task<Outcome<StoredFile>> SaveAsync(Stream content, string fileName, UploadKind kind, CancellationToken cancellationToken) =>
        SaveAsync(content, fileName, Policy(kind), cancellationToken);

    public async Task<Outcome<StoredFile>> SaveAsync(
        Stream content,
        string fileName,
        UploadPolicy policy,
        CancellationToken cancellationToken
    )
    {
        var maxBytes = policy.MaxFileBytes;
        var extension = System.IO.Path.GetExtension(fileName).ToLowerInvariant();
        Directory.CreateDirectory(Root);
        var key = Guid.NewGuid().ToString("N");
        var path = System.IO.Path.Combine(Root, key);
        var temporary = path + ".partial";
        long size = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await using (
                var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true)
            )
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken)) > 0)
                {
                    if (size == 0 && !FileSignatures.Matches(extension, buffer.AsSpan(0, read)))
                    {
                        return Outcome<StoredFile>.Refused(RuleCodes.FileContentMismatch, extension);
                    }

                    size += read;
                    if (size > maxBytes)
                    {
                        return Outcome<StoredFile>.Refused(RuleCodes.FileTooLarge, maxBytes / (1024 * 1024));
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await output.FlushAsync(cancellationToken);
                output.Flush(flushToDisk: true);
            }

            if (size == 0)
            {
                return Outcome<StoredFile>.Refused(RuleCodes.FileEmpty);
            }

            File.Move(temporary, path);
            return Outcome<StoredFile>.Ok(new StoredFile(key, size, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string[] Normalize(string[] configured, string[] defaults) =>
        [.. (configured.Length > 0 ? configured : defaults).Select(e => e.Trim().ToLowerInvariant()).Distinct()];

    public Stream OpenRead(string storageKey)
    {
        if (storageKey.Length != 32 || !storageKey.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a storage key.", nameof(storageKey));
        }

        return new FileStream(
            System.IO.Path.Combine(Root, storageKey),
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            81920,
            useAsync: true
        );
    }

    public void Delete(string storageKey) => File.Delete(System.IO.Path.Combine(Root, storageKey));
}
