using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>
/// Files on their way into a proposal, for the editor's one-at-a-time uploads and for a submission in one request:
/// which files the challenge accepts, and keeping them in storage before the draft refers to them.
/// </summary>
internal static class ProposalUploads
{
    /// <summary>What files the challenge accepts with a proposal, or null when there is no such challenge.</summary>
    public static async Task<UploadPolicy?> PolicyAsync(
        IDbContextFactory<AppDbContext> dbFactory,
        FileStorage storage,
        Guid challengeId,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db
            .Challenges.Where(c => c.Id == challengeId && c.Status != ChallengeStatus.Draft)
            .Select(c => new { c.Files })
            .SingleOrDefaultAsync(cancellationToken);
        return rules is null ? null : storage.ProposalPolicy(rules.Files);
    }

    /// <summary>Stores every file, or none: when one is refused, those already stored are deleted again.</summary>
    public static async Task<Outcome<List<ProposalAttachment>>> StoreAsync(
        FileStorage storage,
        IReadOnlyList<UploadedFile> files,
        UploadPolicy policy,
        CancellationToken cancellationToken
    )
    {
        var stored = new List<ProposalAttachment>();
        foreach (var file in files)
        {
            await using var content = file.OpenRead();
            var saved = await storage.SaveAsync(content, file.FileName, policy, cancellationToken);
            if (!saved.Succeeded)
            {
                stored.ForEach(f => storage.Delete(f.StorageKey));
                return Outcome<List<ProposalAttachment>>.Refused(saved.Violation!);
            }

            stored.Add(
                new ProposalAttachment
                {
                    FileName = Path.GetFileName(file.FileName),
                    ContentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
                    SizeBytes = saved.Value.SizeBytes,
                    Sha256 = saved.Value.Sha256,
                    StorageKey = saved.Value.StorageKey,
                }
            );
        }

        return Outcome<List<ProposalAttachment>>.Ok(stored);
    }

    // Each attempt of a retried save needs its own entity: the failed context keeps tracking the first one.
    public static ProposalAttachment Copy(ProposalAttachment file) =>
        new()
        {
            FileName = file.FileName,
            ContentType = file.ContentType,
            SizeBytes = file.SizeBytes,
            Sha256 = file.Sha256,
            StorageKey = file.StorageKey,
        };
}
