using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Storage;
using static TechChallenge.Infrastructure.Proposals.ProposalStore;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>
/// A team's working copy of its proposal: autosaves that never overwrite a teammate's, and the files it carries. A
/// draft changes only while the challenge takes submissions from the team; nobody but its authors ever sees it.
/// </summary>
public sealed class ProposalDrafts(
    IDbContextFactory<AppDbContext> dbFactory,
    FileStorage storage,
    TimeProvider clock,
    ILogger<ProposalDrafts> logger
)
{
    public async Task<Outcome<ProposalDraft>> SaveDraftAsync(
        Actor actor,
        Guid challengeId,
        DraftInput input,
        CancellationToken cancellationToken = default
    )
    {
        if ((CheckSolver(actor) ?? CheckTitle(input.Title)) is { } refused)
        {
            return Outcome<ProposalDraft>.Refused(refused);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await LoadOpenDraftAsync(db, actor, challengeId, now, cancellationToken);
        if (!open.Succeeded)
        {
            return Outcome<ProposalDraft>.Refused(open.Violation!);
        }

        var (challenge, proposal) = open.Value;
        var saved = proposal.SaveDraft(input.ExpectedRevision, input.Title, input.Body, ProposalForm.For(challenge), input.Sections, now);
        if (!saved.Succeeded)
        {
            return Outcome<ProposalDraft>.Refused(saved.Violation!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<ProposalDraft>.Ok(ToDraft(proposal));
        }
        catch (DbUpdateException exception)
        {
            // A teammate's save (or this user's other tab) got in first: nothing of theirs is overwritten.
            logger.LogInformation(exception, "Draft save of {User} for {Challenge} lost a race", actor.UserId, challengeId);
            return Outcome<ProposalDraft>.Refused(RuleCodes.ProposalEditedElsewhere);
        }
    }

    public async Task<Outcome<AttachmentView>> AddAttachmentAsync(
        Actor actor,
        Guid challengeId,
        UploadedFile file,
        CancellationToken cancellationToken = default
    )
    {
        if (CheckSolver(actor) is { } refused)
        {
            return Outcome<AttachmentView>.Refused(refused);
        }

        var policy = await PolicyAsync(challengeId, cancellationToken);
        var badFile = policy is null
            ? new RuleViolation(RuleCodes.NotFound)
            : storage.CheckUpload(file.FileName, file.DeclaredSize, policy);
        if (badFile is not null)
        {
            return Outcome<AttachmentView>.Refused(badFile);
        }

        var stored = await ProposalUploads.StoreAsync(storage, [file], policy!, cancellationToken);
        if (!stored.Succeeded)
        {
            return Outcome<AttachmentView>.Refused(stored.Violation!);
        }

        var attachment = stored.Value[0];
        var kept = false;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var now = clock.GetUtcNow().UtcDateTime;
                var open = await LoadOpenDraftAsync(db, actor, challengeId, now, cancellationToken);
                if (!open.Succeeded)
                {
                    return Outcome<AttachmentView>.Refused(open.Violation!);
                }

                var proposal = open.Value.Proposal;
                var added = proposal.AddAttachment(ProposalUploads.Copy(attachment), policy!.MaxTotalBytes, now);
                if (!added.Succeeded)
                {
                    return Outcome<AttachmentView>.Refused(added.Violation!);
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    kept = true;
                    var view = proposal.Attachments[^1];
                    return Outcome<AttachmentView>.Ok(new AttachmentView(view.Id, view.FileName, view.SizeBytes, view.Sha256));
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Another save of the same draft committed first; adding a file does not conflict with it.
                }
            }
        }
        finally
        {
            if (!kept)
            {
                storage.Delete(attachment.StorageKey);
            }
        }
    }

    public async Task<Outcome<ProposalDraft>> RemoveAttachmentAsync(
        Actor actor,
        Guid challengeId,
        Guid attachmentId,
        CancellationToken cancellationToken = default
    )
    {
        if (CheckSolver(actor) is { } refused)
        {
            return Outcome<ProposalDraft>.Refused(refused);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var proposal = await Mine(db, actor, challengeId)
                .Include(p => p.Attachments)
                .Include(p => p.Versions)
                .SingleOrDefaultAsync(cancellationToken);
            var attachment = proposal?.Attachments.SingleOrDefault(a => a.Id == attachmentId && a.InDraft);
            if (proposal is null || attachment is null)
            {
                return Outcome<ProposalDraft>.Refused(RuleCodes.NotFound);
            }

            var unused = proposal.RemoveAttachment(attachmentId, clock.GetUtcNow().UtcDateTime);
            if (unused)
            {
                db.ProposalAttachments.Remove(attachment);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                continue;
            }

            if (unused)
            {
                storage.Delete(attachment.StorageKey);
            }

            return Outcome<ProposalDraft>.Ok(ToDraft(proposal));
        }
    }

    /// <summary>What files the challenge accepts with a proposal, or null when there is no such challenge.</summary>
    public Task<UploadPolicy?> PolicyAsync(Guid challengeId, CancellationToken cancellationToken = default) =>
        ProposalUploads.PolicyAsync(dbFactory, storage, challengeId, cancellationToken);

    /// <summary>
    /// The challenge and the actor's team's draft (started if there is none, unsaved until the caller saves), if the
    /// challenge still takes submissions from that team at <paramref name="nowUtc"/>; drafts and files are frozen once
    /// it does not.
    /// </summary>
    private static async Task<Outcome<(Challenge Challenge, Proposal Proposal)>> LoadOpenDraftAsync(
        AppDbContext db,
        Actor actor,
        Guid challengeId,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        var challenge = await LoadChallengeAsync(db, challengeId, cancellationToken);
        if (challenge is null)
        {
            return Outcome<(Challenge, Proposal)>.Refused(RuleCodes.NotFound);
        }

        var proposal = await LoadOrStartAsync(db, actor, challengeId, nowUtc, cancellationToken);
        return await SubmissionWindow.CheckDraftAsync(db, challenge, proposal.TeamId, nowUtc, cancellationToken) is { } closed
            ? Outcome<(Challenge, Proposal)>.Refused(closed)
            : Outcome<(Challenge, Proposal)>.Ok((challenge, proposal));
    }
}
