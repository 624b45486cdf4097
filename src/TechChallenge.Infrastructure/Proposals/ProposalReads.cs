using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Storage;
using TechChallenge.Infrastructure.Teams;
using static TechChallenge.Infrastructure.Proposals.ProposalStore;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>
/// Proposals as each viewer may see them: the form to answer, a team's own draft and list, a submitted entry for
/// organisers and judges (as <see cref="ProposalAccess"/> allows), receipts, hash verification and file downloads.
/// </summary>
public sealed class ProposalReads(IDbContextFactory<AppDbContext> dbFactory, FileStorage storage, TimeProvider clock)
{
    public async Task<ProposalFormView?> FormAsync(Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await LoadChallengeAsync(db, challengeId, cancellationToken);
        return challenge is null
            ? null
            : new ProposalFormView(challenge.Id, challenge.Title, challenge.SubmissionDeadlineUtc, ProposalForm.For(challenge));
    }

    /// <summary>What the actor's team may still do with its entry now, or null when there is no such challenge.</summary>
    public async Task<EntryWindow?> WindowAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db
            .Challenges.AsNoTracking()
            .Include(c => c.Rounds)
            .SingleOrDefaultAsync(c => c.Id == challengeId && c.Status != ChallengeStatus.Draft, cancellationToken);
        if (challenge is null)
        {
            return null;
        }

        var teamId = actor.UserId is null ? null : await TeamIdOfAsync(db, actor, challengeId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var shut = await SubmissionWindow.CheckDraftAsync(db, challenge, teamId, now, cancellationToken);
        var mayAsk =
            teamId is not null
            && challenge.SubmissionDeadlineUtc is { } deadline
            && challenge.Rounds.Count > 0
            && DeadlineExtension.CanStillBeGranted(deadline, ExtensionAccess.JudgingOpens(challenge), now);
        return new EntryWindow(shut, mayAsk);
    }

    /// <summary>The actor's own proposal for the challenge, or null when they have not started one.</summary>
    public async Task<ProposalDraft?> GetDraftAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await Mine(db, actor, challengeId)
            .AsNoTracking()
            .Include(p => p.Attachments)
            .SingleOrDefaultAsync(cancellationToken);
        return proposal is null ? null : ToDraft(proposal);
    }

    /// <summary>The status of the actor's own proposal for the challenge, or null when they have none.</summary>
    public async Task<ProposalStatus?> StatusAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Mine(db, actor, challengeId).Select(p => (ProposalStatus?)p.Status).SingleOrDefaultAsync(cancellationToken);
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
            join t in db.Teams on p.TeamId equals t.Id
            where db.TeamMembers.Any(m => m.TeamId == p.TeamId && m.UserId == actor.UserId)
            select new
            {
                p.Id,
                ChallengeId = c.Id,
                ChallengeTitle = c.Title,
                TeamName = t.Name,
                p.Title,
                p.Status,
                p.VersionCount,
                p.Revision,
                p.SubmittedRevision,
                p.SubmittedAtUtc,
                p.DraftSavedUtc,
                Deadline = db.DeadlineExtensions.Where(e => e.TeamId == p.TeamId).Max(e => (DateTime?)e.UntilUtc)
                    ?? c.SubmissionDeadlineUtc,
                ChallengeStatus = c.Status,
            }
        ).ToListAsync(cancellationToken);
        return mine.OrderByDescending(p => p.DraftSavedUtc)
            .Select(p => new MyProposal(
                p.Id,
                p.ChallengeId,
                p.ChallengeTitle,
                p.TeamName,
                p.Title,
                p.Status,
                p.VersionCount,
                p.Status != ProposalStatus.Submitted || p.Revision != p.SubmittedRevision,
                p.SubmittedAtUtc,
                p.Deadline,
                p.ChallengeStatus
            ))
            .ToList();
    }

    /// <summary>
    /// The proposal if <paramref name="actor"/> may see it, otherwise null (not found and forbidden look alike).
    /// <paramref name="withHistory"/>: organisers also get the list of earlier versions.
    /// </summary>
    public async Task<ProposalView?> GetAsync(
        Actor actor,
        Guid proposalId,
        bool withHistory = false,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db
            .Proposals.AsNoTracking()
            .Include(p => p.Versions)
            .SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        var audience = proposal is null ? ProposalAudience.None : await AudienceAsync(db, actor, proposal, cancellationToken);
        if (proposal is null || audience == ProposalAudience.None)
        {
            return null;
        }

        var challenge = (await LoadChallengeAsync(db, proposal.ChallengeId, cancellationToken))!;
        var blind = audience == ProposalAudience.Judge && challenge.BlindReview;
        var team = blind
            ? null
            : await TeamService.ViewAsync(db, proposal.TeamId, withInvitations: audience == ProposalAudience.Author, cancellationToken);
        var latest = proposal.LatestVersion;
        var history =
            audience == ProposalAudience.Author || (audience == ProposalAudience.Organiser && withHistory)
                ? proposal
                    .Versions.OrderByDescending(v => v.Number)
                    .Select(v => new VersionSummary(v.Number, v.SubmittedAtUtc, v.ContentSha256))
                    .ToList()
                : [];
        return new ProposalView(
            proposal.Id,
            proposal.ChallengeId,
            challenge.Title,
            team,
            proposal.Status,
            audience == ProposalAudience.Author,
            audience == ProposalAudience.Organiser,
            latest is null ? null : ToView(latest, blind),
            history,
            ProposalForm.For(challenge)
        );
    }

    /// <summary>The receipt of one version, for its authors and the challenge's organisers.</summary>
    public async Task<ProposalReceipt?> GetReceiptAsync(
        Actor actor,
        Guid proposalId,
        int version,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (
            proposal is null
            || await AudienceAsync(db, actor, proposal, cancellationToken) is not (ProposalAudience.Author or ProposalAudience.Organiser)
        )
        {
            return null;
        }

        var submitted = await db
            .ProposalVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ProposalId == proposalId && v.Number == version, cancellationToken);
        if (submitted is null)
        {
            return null;
        }

        var challengeTitle = await db
            .Challenges.Where(c => c.Id == proposal.ChallengeId)
            .Select(c => c.Title)
            .SingleAsync(cancellationToken);
        var team = await TeamIdentity.LoadAsync(db, proposal.TeamId, cancellationToken);
        return new ProposalReceipt(
            proposal.Id,
            submitted.Number,
            proposal.ChallengeId,
            challengeTitle,
            submitted.Title,
            team.Name,
            submitted.SubmittedAtUtc,
            submitted.ContentSha256,
            submitted.Files,
            team.Organizations
        );
    }

    /// <summary>
    /// Where a SHA-256 from a receipt was recorded: which proposal version's content, or which file of it. Open to
    /// anyone holding a hash; it tells when something was received, never what it says.
    /// </summary>
    public async Task<IReadOnlyList<HashMatch>> VerifyAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var hash = sha256.Trim().ToLowerInvariant();
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var withFile = await db
            .ProposalAttachments.Where(a => a.Sha256 == hash)
            .Select(a => a.ProposalId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var versions = await db
            .ProposalVersions.AsNoTracking()
            .Where(v => v.ContentSha256 == hash || withFile.Contains(v.ProposalId))
            .ToListAsync(cancellationToken);
        var proposalIds = versions.Select(v => v.ProposalId).Distinct().ToList();
        var titles = await (
            from p in db.Proposals
            join c in db.Challenges on p.ChallengeId equals c.Id
            where proposalIds.Contains(p.Id)
            select new { p.Id, c.Title }
        ).ToDictionaryAsync(x => x.Id, x => x.Title, cancellationToken);
        return versions
            .SelectMany(v =>
                v.ContentSha256 == hash
                    ? [new HashMatch(v.ProposalId, v.Number, titles[v.ProposalId], v.SubmittedAtUtc, null)]
                    : v
                        .Files.Where(f => f.Sha256 == hash)
                        .Select(f => new HashMatch(v.ProposalId, v.Number, titles[v.ProposalId], v.SubmittedAtUtc, f.FileName))
            )
            .OrderBy(m => m.SubmittedAtUtc)
            .ToList();
    }

    public async Task<AttachmentDownload?> OpenAttachmentAsync(
        Actor actor,
        Guid attachmentId,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var attachment = await db.ProposalAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        var proposal = await db
            .Proposals.AsNoTracking()
            .Include(p => p.Versions)
            .SingleAsync(p => p.Id == attachment.ProposalId, cancellationToken);
        var audience = await AudienceAsync(db, actor, proposal, cancellationToken);
        // Authors reach every file of theirs; everyone else only the files of the version they are shown.
        var visible =
            audience == ProposalAudience.Author
            || (audience != ProposalAudience.None && proposal.LatestVersion?.Files.Any(f => f.AttachmentId == attachmentId) == true);
        if (!visible)
        {
            return null;
        }

        var blind =
            audience == ProposalAudience.Judge
            && await db.Challenges.Where(c => c.Id == proposal.ChallengeId).Select(c => c.BlindReview).SingleAsync(cancellationToken);
        var name = blind ? BlindFileName(proposal.LatestVersion!.Files, attachmentId) : attachment.FileName;
        return new AttachmentDownload(storage.OpenRead(attachment.StorageKey), name, attachment.ContentType);
    }

    private Task<ProposalAudience> AudienceAsync(AppDbContext db, Actor actor, Proposal proposal, CancellationToken cancellationToken) =>
        ProposalAccess.AudienceAsync(db, actor, proposal, clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>
    /// In a blind review a judge gets neither the file names nor any SHA-256: the public verification page answers a
    /// file's hash with its real name, and a team may have published its receipt.
    /// </summary>
    private static ProposalVersionView ToView(ProposalVersion version, bool blind = false) =>
        new(
            version.Number,
            version.Title,
            version.Body,
            version.Sections,
            blind
                ? version.Files.Select(f => f with { FileName = BlindFileName(version.Files, f.AttachmentId), Sha256 = "" }).ToList()
                : version.Files,
            version.SubmittedAtUtc,
            blind ? "" : version.ContentSha256
        );

    /// <summary>A name that says only which file of the version it is ("attachment-2.pdf"): authors often sign their file names.</summary>
    private static string BlindFileName(IReadOnlyList<VersionFile> files, Guid attachmentId)
    {
        var index = files.Select(f => f.AttachmentId).ToList().IndexOf(attachmentId);
        return $"attachment-{index + 1}{Path.GetExtension(files[index].FileName).ToLowerInvariant()}";
    }
}
