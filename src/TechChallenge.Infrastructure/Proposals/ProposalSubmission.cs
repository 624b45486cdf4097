using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Storage;
using static TechChallenge.Infrastructure.Proposals.ProposalStore;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>
/// A team's entry: the draft becomes a numbered version with a receipt, or the entry is withdrawn. The server decides
/// the deadline at the database's time (<see cref="SubmissionWindow"/>); the pages and the HTTP API both come through
/// here.
/// </summary>
public sealed class ProposalSubmission(
    IDbContextFactory<AppDbContext> dbFactory,
    FileStorage storage,
    Notifier notifier,
    TimeProvider clock,
    ILogger<ProposalSubmission> logger
)
{
    /// <summary>
    /// Submits the saved draft as a new version, if it is still the revision the solver last saw. An unchanged draft
    /// submitted again returns the version it already made.
    /// </summary>
    public async Task<Outcome<SubmittedVersion>> SubmitDraftAsync(
        Actor actor,
        Guid challengeId,
        int expectedRevision,
        CancellationToken cancellationToken = default
    )
    {
        if (CheckSolver(actor) is { } refused)
        {
            return Outcome<SubmittedVersion>.Refused(refused);
        }

        return await WithRetriesAsync(actor, challengeId, (_, _) => Outcome<int>.Ok(expectedRevision), cancellationToken);
    }

    /// <summary>
    /// Submits in one request, as institutions' systems do through the API: the draft becomes exactly
    /// <paramref name="input"/> and <paramref name="files"/>, then a version. Repeating the same request returns the
    /// same version.
    /// </summary>
    public async Task<Outcome<SubmittedVersion>> SubmitAsync(
        Actor actor,
        Guid challengeId,
        ProposalInput input,
        IReadOnlyList<UploadedFile> files,
        CancellationToken cancellationToken = default
    )
    {
        if ((CheckSolver(actor) ?? CheckTitle(input.Title)) is { } refused)
        {
            return Outcome<SubmittedVersion>.Refused(refused);
        }

        if (files.Count > Proposal.MaxAttachments)
        {
            return Outcome<SubmittedVersion>.Refused(RuleCodes.ProposalTooManyFiles, Proposal.MaxAttachments);
        }

        var policy = await ProposalUploads.PolicyAsync(dbFactory, storage, challengeId, cancellationToken);
        if (policy is null)
        {
            return Outcome<SubmittedVersion>.Refused(RuleCodes.NotFound);
        }

        var fileViolation = files.Select(f => storage.CheckUpload(f.FileName, f.DeclaredSize, policy)).FirstOrDefault(v => v is not null);
        if (fileViolation is not null)
        {
            return Outcome<SubmittedVersion>.Refused(fileViolation);
        }

        var stored = await ProposalUploads.StoreAsync(storage, files, policy, cancellationToken);
        if (!stored.Succeeded)
        {
            return Outcome<SubmittedVersion>.Refused(stored.Violation!);
        }

        var kept = new HashSet<string>();
        try
        {
            return await WithRetriesAsync(
                actor,
                challengeId,
                (proposal, form) =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    proposal.SaveDraft(proposal.Revision, input.Title, input.Body, form, input.Sections, now);
                    var wanted = stored.Value.Select(f => (f.FileName, f.Sha256)).ToHashSet();
                    foreach (var old in proposal.DraftAttachments.Where(a => !wanted.Contains((a.FileName, a.Sha256))).ToList())
                    {
                        proposal.RemoveAttachment(old.Id, now);
                    }

                    // A file the draft already holds (same name and content) is kept, so a repeated request changes nothing.
                    // Evaluated file by file, so a file twice in one request is added once.
                    var missing = stored.Value.Where(f =>
                        !proposal.DraftAttachments.Any(a => a.FileName == f.FileName && a.Sha256 == f.Sha256)
                    );
                    foreach (var file in missing)
                    {
                        var added = proposal.AddAttachment(ProposalUploads.Copy(file), policy.MaxTotalBytes, now);
                        if (!added.Succeeded)
                        {
                            return Outcome<int>.Refused(added.Violation!);
                        }

                        kept.Add(file.StorageKey);
                    }

                    return Outcome<int>.Ok(proposal.Revision);
                },
                cancellationToken,
                onRetry: kept.Clear
            );
        }
        finally
        {
            // Files of a refused submission, or duplicates of files already held, are not kept.
            foreach (var file in stored.Value.Where(f => !kept.Contains(f.StorageKey)))
            {
                storage.Delete(file.StorageKey);
            }
        }
    }

    public async Task<Outcome> WithdrawAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        if (CheckSolver(actor) is { } refused)
        {
            return Outcome.Refused(refused);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await Mine(db, actor, challengeId).SingleOrDefaultAsync(cancellationToken);
        var challenge = await LoadChallengeAsync(db, challengeId, cancellationToken);
        if (proposal is null || challenge is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        await using var window = await SubmissionWindow.OpenAsync(db, challenge, proposal.TeamId, cancellationToken);
        if (window.Closed is { } closed)
        {
            return Outcome.Refused(closed);
        }

        var withdrawn = proposal.Withdraw(window.NowUtc);
        if (!withdrawn.Succeeded)
        {
            return withdrawn;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await window.CommitAsync(cancellationToken);
            return Outcome.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Refused(RuleCodes.ProposalEditedElsewhere);
        }
    }

    private async Task<Outcome<SubmittedVersion>> WithRetriesAsync(
        Actor actor,
        Guid challengeId,
        Func<Proposal, IReadOnlyList<ProposalSection>, Outcome<int>> prepare,
        CancellationToken cancellationToken,
        Action? onRetry = null
    )
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var challenge = await LoadChallengeAsync(db, challengeId, cancellationToken);
            if (challenge is null)
            {
                return Outcome<SubmittedVersion>.Refused(RuleCodes.NotFound);
            }

            var proposal = await LoadOrStartAsync(db, actor, challengeId, clock.GetUtcNow().UtcDateTime, cancellationToken);
            var form = ProposalForm.For(challenge);
            var prepared = prepare(proposal, form);
            if (!prepared.Succeeded)
            {
                return Outcome<SubmittedVersion>.Refused(prepared.Violation!);
            }

            await using var window = await SubmissionWindow.OpenAsync(db, challenge, proposal.TeamId, cancellationToken);
            if (window.Closed is { } closed)
            {
                return Outcome<SubmittedVersion>.Refused(closed);
            }

            var versionsBefore = proposal.VersionCount;
            var submitted = proposal.Submit(prepared.Value, form, window.NowUtc);
            if (!submitted.Succeeded)
            {
                return Outcome<SubmittedVersion>.Refused(submitted.Violation!);
            }

            if (proposal.VersionCount > versionsBefore)
            {
                await NotifyReceiptAsync(db, challenge, proposal, submitted.Value.Number, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await window.CommitAsync(cancellationToken);
                var version = submitted.Value;
                return Outcome<SubmittedVersion>.Ok(
                    new SubmittedVersion(proposal.Id, version.Number, version.SubmittedAtUtc, version.ContentSha256)
                );
            }
            catch (DbUpdateException exception) when (attempt < Attempts)
            {
                logger.LogInformation(exception, "Submission of {User} for {Challenge} raced another; retrying", actor.UserId, challengeId);
                onRetry?.Invoke();
            }
        }
    }

    // The receipt reaches every member in the same commit as the version it proves.
    private async Task NotifyReceiptAsync(
        AppDbContext db,
        Challenge challenge,
        Proposal proposal,
        int version,
        CancellationToken cancellationToken
    )
    {
        var members = await db.TeamMembers.Where(m => m.TeamId == proposal.TeamId).Select(m => m.UserId).ToListAsync(cancellationToken);
        var link = $"/proposals/{proposal.Id}/receipt/{version}";
        var request = new NotificationRequest(NotificationKind.SubmissionReceipt, challenge.Id, challenge.Title, link, members);
        await notifier.AddAsync(db, request, cancellationToken);
    }
}
