using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Proposals;

public sealed record ProposalInput(string Title, string Body);

/// <summary>A file as the solver uploaded it; <see cref="OpenRead"/> is called once.</summary>
public sealed record UploadedFile(string FileName, string ContentType, long DeclaredSize, Func<Stream> OpenRead);

public sealed record AttachmentView(Guid Id, string FileName, long SizeBytes, string Sha256);

public sealed record ProposalView(
    Guid Id,
    Guid ChallengeId,
    string ChallengeTitle,
    string Title,
    string Body,
    string SolverName,
    DateTime SubmittedAtUtc,
    IReadOnlyList<AttachmentView> Attachments);

public sealed record MyProposal(Guid Id, Guid ChallengeId, string ChallengeTitle, string Title, DateTime SubmittedAtUtc, ChallengeStatus ChallengeStatus);

public sealed record AttachmentDownload(Stream Content, string FileName, string ContentType);

/// <summary>Solvers' proposals. The server decides deadlines and who may see what.</summary>
public sealed class ProposalService(
    IDbContextFactory<AppDbContext> dbFactory,
    FileStorage storage,
    TimeProvider clock,
    ILogger<ProposalService> logger)
{
    public async Task<Outcome<Guid>> SubmitAsync(
        Actor actor,
        Guid challengeId,
        ProposalInput input,
        IReadOnlyList<UploadedFile> files,
        CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Solver) || actor.UserId is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return Outcome<Guid>.Refused(RuleCodes.ProposalTitleRequired);
        }

        if (string.IsNullOrWhiteSpace(input.Body))
        {
            return Outcome<Guid>.Refused(RuleCodes.ProposalTextRequired);
        }

        if (files.Select(f => storage.CheckUpload(f.FileName, f.DeclaredSize)).FirstOrDefault(v => v is not null) is { } fileViolation)
        {
            return Outcome<Guid>.Refused(fileViolation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || challenge.Status == ChallengeStatus.Draft)
        {
            return Outcome<Guid>.Refused(RuleCodes.NotFound);
        }

        if (ChallengeLifecycle.CheckAcceptsSubmissions(challenge, clock.GetUtcNow().UtcDateTime) is { } closed)
        {
            return Outcome<Guid>.Refused(closed);
        }

        if (await HasProposalAsync(db, challengeId, actor.UserId, cancellationToken))
        {
            return Outcome<Guid>.Refused(RuleCodes.AlreadySubmitted);
        }

        var proposal = new Proposal
        {
            ChallengeId = challengeId,
            SolverUserId = actor.UserId,
            SolverOrganizationId = actor.SolverOrganizationId,
            Title = input.Title.Trim(),
            Body = input.Body.Trim(),
            SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var stored = new List<string>();
        try
        {
            foreach (var file in files)
            {
                await using var content = file.OpenRead();
                var saved = await storage.SaveAsync(content, file.FileName, UploadKind.Attachment, cancellationToken);
                if (!saved.Succeeded)
                {
                    return Outcome<Guid>.Refused(saved.Violation!);
                }

                stored.Add(saved.Value.StorageKey);
                proposal.Attachments.Add(new ProposalAttachment
                {
                    ProposalId = proposal.Id,
                    FileName = file.FileName,
                    ContentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
                    SizeBytes = saved.Value.SizeBytes,
                    Sha256 = saved.Value.Sha256,
                    StorageKey = saved.Value.StorageKey,
                });
            }

            // Uploads take time: the deadline is checked again at the moment the proposal is committed.
            if (ChallengeLifecycle.CheckAcceptsSubmissions(challenge, clock.GetUtcNow().UtcDateTime) is { } closedMeanwhile)
            {
                return Outcome<Guid>.Refused(closedMeanwhile);
            }

            db.Proposals.Add(proposal);
            await db.SaveChangesAsync(cancellationToken);
            stored.Clear();
            return Outcome<Guid>.Ok(proposal.Id);
        }
        catch (DbUpdateException exception)
        {
            // Two clicks or two tabs racing past the check above: the unique index lets exactly one through.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!await HasProposalAsync(fresh, challengeId, actor.UserId, cancellationToken))
            {
                throw;
            }

            logger.LogInformation(exception, "Second submission of {User} for {Challenge} refused", actor.UserId, challengeId);
            return Outcome<Guid>.Refused(RuleCodes.AlreadySubmitted);
        }
        finally
        {
            // Files of a refused submission are not kept.
            stored.ForEach(storage.Delete);
        }
    }

    public async Task<bool> HasSubmittedAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return actor.UserId is not null && await HasProposalAsync(db, challengeId, actor.UserId, cancellationToken);
    }

    public async Task<IReadOnlyList<MyProposal>> ListMineAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = await (
            from p in db.Proposals
            join c in db.Challenges on p.ChallengeId equals c.Id
            where p.SolverUserId == actor.UserId
            select new MyProposal(p.Id, c.Id, c.Title, p.Title, p.SubmittedAtUtc, c.Status)).ToListAsync(cancellationToken);
        return mine.OrderByDescending(p => p.SubmittedAtUtc).ToList();
    }

    /// <summary>The proposal if <paramref name="actor"/> may see it, otherwise null (not found and forbidden look alike).</summary>
    public async Task<ProposalView?> GetAsync(Actor actor, Guid proposalId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Attachments).SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (proposal is null || !await ProposalAccess.CanViewAsync(db, actor, proposal, cancellationToken))
        {
            return null;
        }

        var challengeTitle = await db.Challenges.Where(c => c.Id == proposal.ChallengeId).Select(c => c.Title).SingleAsync(cancellationToken);
        var solverName = await db.Users.Where(u => u.Id == proposal.SolverUserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        return new ProposalView(
            proposal.Id,
            proposal.ChallengeId,
            challengeTitle,
            proposal.Title,
            proposal.Body,
            solverName,
            proposal.SubmittedAtUtc,
            proposal.Attachments.OrderBy(a => a.FileName).Select(a => new AttachmentView(a.Id, a.FileName, a.SizeBytes, a.Sha256)).ToList());
    }

    public async Task<AttachmentDownload?> OpenAttachmentAsync(Actor actor, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var attachment = await db.ProposalAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == attachment.ProposalId, cancellationToken);
        if (!await ProposalAccess.CanViewAsync(db, actor, proposal, cancellationToken))
        {
            return null;
        }

        return new AttachmentDownload(storage.OpenRead(attachment.StorageKey), attachment.FileName, attachment.ContentType);
    }

    private static Task<bool> HasProposalAsync(AppDbContext db, Guid challengeId, string userId, CancellationToken cancellationToken) =>
        db.Proposals.AnyAsync(p => p.ChallengeId == challengeId && p.SolverUserId == userId, cancellationToken);
}

/// <summary>Who may see a proposal: its solver, judges assigned to its challenge, and the challenge's own sub-center.</summary>
internal static class ProposalAccess
{
    public static async Task<bool> CanViewAsync(AppDbContext db, Actor actor, Proposal proposal, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
        {
            return false;
        }

        if (proposal.SolverUserId == actor.UserId)
        {
            return true;
        }

        var challenge = await db.Challenges.AsNoTracking()
            .Where(c => c.Id == proposal.ChallengeId)
            .Select(c => new { c.SubCenterId, c.Status })
            .SingleAsync(cancellationToken);
        if (actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return true;
        }

        // Judges see entries only once submissions have closed, and only for challenges they are assigned to.
        return actor.IsInRole(Roles.Judge)
            && challenge.Status is not (ChallengeStatus.Draft or ChallengeStatus.SubmissionsOpen)
            && await db.JudgeAssignments.AnyAsync(j => j.ChallengeId == proposal.ChallengeId && j.JudgeUserId == actor.UserId, cancellationToken);
    }
}
