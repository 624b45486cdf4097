using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>A challenge's files: the cover image and attachments its author adds and removes, and their download.</summary>
public sealed class ChallengeFiles(
    IDbContextFactory<AppDbContext> dbFactory,
    FileStorage storage,
    CatalogChangeInterceptor catalogChanges,
    TimeProvider clock
)
{
    /// <summary>Adds a file to a challenge its author may still edit; a cover image replaces the previous one.</summary>
    public async Task<Outcome<Guid>> AddFileAsync(
        Actor actor,
        Guid id,
        string fileName,
        long declaredSize,
        Stream content,
        UploadKind kind,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.IgnoreAutoIncludes().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return Outcome<Guid>.Refused(challenge is null ? RuleCodes.NotFound : RuleCodes.AccessDenied);
        }

        if (!ChallengeLifecycle.IsEditable(challenge.Status))
        {
            return Outcome<Guid>.Refused(RuleCodes.ChallengeNotEditable, challenge.Status);
        }

        if (storage.CheckUpload(fileName, declaredSize, kind) is { } violation)
        {
            return Outcome<Guid>.Refused(violation);
        }

        var saved = await storage.SaveAsync(content, fileName, kind, cancellationToken);
        if (!saved.Succeeded)
        {
            return Outcome<Guid>.Refused(saved.Violation!);
        }

        var attachment = new ChallengeAttachment
        {
            ChallengeId = id,
            FileName = fileName,
            ContentType = ContentTypes.For(fileName),
            SizeBytes = saved.Value.SizeBytes,
            Sha256 = saved.Value.Sha256,
            StorageKey = saved.Value.StorageKey,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            IsCoverImage = kind == UploadKind.Image,
        };
        db.ChallengeAttachments.Add(attachment);
        var replacedCover =
            kind == UploadKind.Image
                ? await db.ChallengeAttachments.SingleOrDefaultAsync(a => a.Id == challenge.CoverImageId, cancellationToken)
                : null;
        if (replacedCover is not null)
        {
            db.ChallengeAttachments.Remove(replacedCover);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (kind == UploadKind.Image)
        {
            // Files are not part of the edited content: setting the cover leaves the version that editors work from alone.
            await db
                .Challenges.Where(c => c.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CoverImageId, attachment.Id), cancellationToken);
            await catalogChanges.InvalidateAsync(cancellationToken);
        }

        if (replacedCover is not null)
        {
            storage.Delete(replacedCover.StorageKey);
        }

        return Outcome<Guid>.Ok(attachment.Id);
    }

    /// <summary>Removes a file from a challenge its author may still edit.</summary>
    public async Task<Outcome> RemoveFileAsync(Actor actor, Guid fileId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var file = await db.ChallengeAttachments.SingleOrDefaultAsync(a => a.Id == fileId, cancellationToken);
        var challenge = file is null
            ? null
            : await db.Challenges.IgnoreAutoIncludes().SingleAsync(c => c.Id == file.ChallengeId, cancellationToken);
        if (file is null || challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return Outcome.Refused(file is null ? RuleCodes.NotFound : RuleCodes.AccessDenied);
        }

        if (!ChallengeLifecycle.IsEditable(challenge.Status))
        {
            return Outcome.Refused(RuleCodes.ChallengeNotEditable, challenge.Status);
        }

        if (challenge.CoverImageId == fileId)
        {
            await db
                .Challenges.Where(c => c.Id == challenge.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CoverImageId, (Guid?)null), cancellationToken);
        }

        db.ChallengeAttachments.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        storage.Delete(file.StorageKey);
        return Outcome.Success;
    }

    /// <summary>
    /// A challenge's file for download. The cover image of a visible challenge is for everyone; other files only for
    /// those who may see the challenge's details (for a confidential one: after accepting its terms).
    /// </summary>
    public async Task<Outcome<ChallengeFile>> OpenFileAsync(Actor actor, Guid fileId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var file = await db.ChallengeAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == fileId, cancellationToken);
        var challenge = file is null
            ? null
            : await db.Challenges.AsNoTracking().IgnoreAutoIncludes().SingleAsync(c => c.Id == file.ChallengeId, cancellationToken);
        if (file is null || challenge is null || !ChallengeAccess.CanSee(actor, challenge))
        {
            return Outcome<ChallengeFile>.Refused(RuleCodes.NotFound);
        }

        if (!file.IsCoverImage && !(await ChallengeAccess.ViewerAsync(db, actor, challenge, cancellationToken)).CanSeeDetails)
        {
            return Outcome<ChallengeFile>.Refused(RuleCodes.TermsNotAccepted);
        }

        return Outcome<ChallengeFile>.Ok(new ChallengeFile(storage.OpenRead(file.StorageKey), file.FileName, file.ContentType));
    }
}
