using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Solvers;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Solvers;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>
/// Solvers' proposals: drafts that autosave, numbered versions, receipts. The server decides deadlines (at the
/// database's time) and who may see what; the UI and the HTTP API both come through here.
/// </summary>
public sealed class ProposalService(
    IDbContextFactory<AppDbContext> dbFactory,
    FileStorage storage,
    Notifier notifier,
    TimeProvider clock,
    ILogger<ProposalService> logger)
{
    // Two requests of one solver racing (two clicks, two tabs, a retrying client) resolve within a few attempts: the
    // loser reloads and finds the winner's work.
    private const int Attempts = 3;
    private const int MaxTitleLength = 200;

    public async Task<ProposalFormView?> FormAsync(Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await LoadChallengeAsync(db, challengeId, cancellationToken);
        return challenge is null ? null : new ProposalFormView(challenge.Id, challenge.Title, challenge.SubmissionDeadlineUtc, ProposalForm.For(challenge));
    }

    /// <summary>The actor's own proposal for the challenge, or null when they have not started one.</summary>
    public async Task<ProposalDraft?> GetDraftAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await Mine(db, actor, challengeId).AsNoTracking().Include(p => p.Attachments).SingleOrDefaultAsync(cancellationToken);
        return proposal is null ? null : ToDraft(proposal);
    }

    public async Task<Outcome<ProposalDraft>> SaveDraftAsync(Actor actor, Guid challengeId, DraftInput input, CancellationToken cancellationToken = default)
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

    public async Task<Outcome<AttachmentView>> AddAttachmentAsync(Actor actor, Guid challengeId, UploadedFile file, CancellationToken cancellationToken = default)
    {
        if (CheckSolver(actor) is { } refused)
        {
            return Outcome<AttachmentView>.Refused(refused);
        }

        var policy = await PolicyAsync(challengeId, cancellationToken);
        if ((policy is null ? new RuleViolation(RuleCodes.NotFound) : storage.CheckUpload(file.FileName, file.DeclaredSize, policy)) is { } badFile)
        {
            return Outcome<AttachmentView>.Refused(badFile);
        }

        var stored = await StoreAsync([file], policy!, cancellationToken);
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
                var added = proposal.AddAttachment(Copy(attachment), policy!.MaxTotalBytes, now);
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

    public async Task<Outcome<ProposalDraft>> RemoveAttachmentAsync(Actor actor, Guid challengeId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        if (CheckSolver(actor) is { } refused)
        {
            return Outcome<ProposalDraft>.Refused(refused);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var proposal = await Mine(db, actor, challengeId).Include(p => p.Attachments).Include(p => p.Versions).SingleOrDefaultAsync(cancellationToken);
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

    /// <summary>
    /// Submits the saved draft as a new version, if it is still the revision the solver last saw. An unchanged draft
    /// submitted again returns the version it already made.
    /// </summary>
    public async Task<Outcome<SubmittedVersion>> SubmitDraftAsync(Actor actor, Guid challengeId, int expectedRevision, CancellationToken cancellationToken = default)
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
        CancellationToken cancellationToken = default)
    {
        if ((CheckSolver(actor) ?? CheckTitle(input.Title)) is { } refused)
        {
            return Outcome<SubmittedVersion>.Refused(refused);
        }

        if (files.Count > Proposal.MaxAttachments)
        {
            return Outcome<SubmittedVersion>.Refused(RuleCodes.ProposalTooManyFiles, Proposal.MaxAttachments);
        }

        var policy = await PolicyAsync(challengeId, cancellationToken);
        if (policy is null)
        {
            return Outcome<SubmittedVersion>.Refused(RuleCodes.NotFound);
        }

        if (files.Select(f => storage.CheckUpload(f.FileName, f.DeclaredSize, policy)).FirstOrDefault(v => v is not null) is { } fileViolation)
        {
            return Outcome<SubmittedVersion>.Refused(fileViolation);
        }

        var stored = await StoreAsync(files, policy, cancellationToken);
        if (!stored.Succeeded)
        {
            return Outcome<SubmittedVersion>.Refused(stored.Violation!);
        }

        var kept = new HashSet<string>();
        try
        {
            return await WithRetriesAsync(actor, challengeId, (proposal, form) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                proposal.SaveDraft(proposal.Revision, input.Title, input.Body, form, input.Sections, now);
                var wanted = stored.Value.Select(f => (f.FileName, f.Sha256)).ToHashSet();
                foreach (var old in proposal.DraftAttachments.Where(a => !wanted.Contains((a.FileName, a.Sha256))).ToList())
                {
                    proposal.RemoveAttachment(old.Id, now);
                }

                // A file the draft already holds (same name and content) is kept, so a repeated request changes nothing.
                foreach (var file in stored.Value.Where(f => !proposal.DraftAttachments.Any(a => a.FileName == f.FileName && a.Sha256 == f.Sha256)))
                {
                    var added = proposal.AddAttachment(Copy(file), policy.MaxTotalBytes, now);
                    if (!added.Succeeded)
                    {
                        return Outcome<int>.Refused(added.Violation!);
                    }

                    kept.Add(file.StorageKey);
                }

                return Outcome<int>.Ok(proposal.Revision);
            }, cancellationToken, onRetry: kept.Clear);
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

        var extendedUntil = await ExtendedUntilAsync(db, proposal.TeamId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = await DatabaseClock.UtcNowAsync(db, cancellationToken);
        if (ChallengeLifecycle.CheckAcceptsSubmissions(challenge, now, extendedUntil) is { } closed)
        {
            return Outcome.Refused(closed);
        }

        var withdrawn = proposal.Withdraw(now);
        if (!withdrawn.Succeeded)
        {
            return withdrawn;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Refused(RuleCodes.ProposalEditedElsewhere);
        }
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
                Deadline = db.DeadlineExtensions.Where(e => e.TeamId == p.TeamId).Max(e => (DateTime?)e.UntilUtc) ?? c.SubmissionDeadlineUtc,
                ChallengeStatus = c.Status,
            })
            .ToListAsync(cancellationToken);
        return mine
            .OrderByDescending(p => p.DraftSavedUtc)
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
                p.ChallengeStatus))
            .ToList();
    }

    /// <summary>
    /// The proposal if <paramref name="actor"/> may see it, otherwise null (not found and forbidden look alike).
    /// <paramref name="withHistory"/>: organisers also get the list of earlier versions.
    /// </summary>
    public async Task<ProposalView?> GetAsync(Actor actor, Guid proposalId, bool withHistory = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        var audience = proposal is null ? ProposalAudience.None : await ProposalAccess.AudienceAsync(db, actor, proposal, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (proposal is null || audience == ProposalAudience.None)
        {
            return null;
        }

        var challenge = (await LoadChallengeAsync(db, proposal.ChallengeId, cancellationToken))!;
        var blind = audience == ProposalAudience.Judge && challenge.BlindReview;
        var team = blind ? null : await TeamService.ViewAsync(db, proposal.TeamId, withInvitations: audience == ProposalAudience.Author, cancellationToken);
        var latest = proposal.LatestVersion;
        var history = audience == ProposalAudience.Author || (audience == ProposalAudience.Organiser && withHistory)
            ? proposal.Versions.OrderByDescending(v => v.Number).Select(v => new VersionSummary(v.Number, v.SubmittedAtUtc, v.ContentSha256)).ToList()
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
            ProposalForm.For(challenge));
    }

    /// <summary>The receipt of one version, for its authors and the challenge's organisers.</summary>
    public async Task<ProposalReceipt?> GetReceiptAsync(Actor actor, Guid proposalId, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (proposal is null || await ProposalAccess.AudienceAsync(db, actor, proposal, clock.GetUtcNow().UtcDateTime, cancellationToken) is not (ProposalAudience.Author or ProposalAudience.Organiser))
        {
            return null;
        }

        var submitted = await db.ProposalVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ProposalId == proposalId && v.Number == version, cancellationToken);
        if (submitted is null)
        {
            return null;
        }

        var challengeTitle = await db.Challenges.Where(c => c.Id == proposal.ChallengeId).Select(c => c.Title).SingleAsync(cancellationToken);
        var teamName = await db.Teams.Where(t => t.Id == proposal.TeamId).Select(t => t.Name).SingleAsync(cancellationToken);
        return new ProposalReceipt(proposal.Id, submitted.Number, proposal.ChallengeId, challengeTitle, submitted.Title, teamName, submitted.SubmittedAtUtc, submitted.ContentSha256, submitted.Files);
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
        var withFile = await db.ProposalAttachments.Where(a => a.Sha256 == hash).Select(a => a.ProposalId).Distinct().ToListAsync(cancellationToken);
        var versions = await db.ProposalVersions.AsNoTracking()
            .Where(v => v.ContentSha256 == hash || withFile.Contains(v.ProposalId))
            .ToListAsync(cancellationToken);
        var proposalIds = versions.Select(v => v.ProposalId).Distinct().ToList();
        var titles = await (
            from p in db.Proposals
            join c in db.Challenges on p.ChallengeId equals c.Id
            where proposalIds.Contains(p.Id)
            select new { p.Id, c.Title }).ToDictionaryAsync(x => x.Id, x => x.Title, cancellationToken);
        return versions
            .SelectMany(v => v.ContentSha256 == hash
                ? [new HashMatch(v.ProposalId, v.Number, titles[v.ProposalId], v.SubmittedAtUtc, null)]
                : v.Files.Where(f => f.Sha256 == hash).Select(f => new HashMatch(v.ProposalId, v.Number, titles[v.ProposalId], v.SubmittedAtUtc, f.FileName)))
            .OrderBy(m => m.SubmittedAtUtc)
            .ToList();
    }

    public async Task<AttachmentDownload?> OpenAttachmentAsync(Actor actor, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var attachment = await db.ProposalAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Versions).SingleAsync(p => p.Id == attachment.ProposalId, cancellationToken);
        var audience = await ProposalAccess.AudienceAsync(db, actor, proposal, clock.GetUtcNow().UtcDateTime, cancellationToken);
        // Authors reach every file of theirs; everyone else only the files of the version they are shown.
        var visible = audience == ProposalAudience.Author
            || (audience != ProposalAudience.None && proposal.LatestVersion?.Files.Any(f => f.AttachmentId == attachmentId) == true);
        if (!visible)
        {
            return null;
        }

        var blind = audience == ProposalAudience.Judge
            && await db.Challenges.Where(c => c.Id == proposal.ChallengeId).Select(c => c.BlindReview).SingleAsync(cancellationToken);
        var name = blind ? BlindFileName(proposal.LatestVersion!.Files, attachmentId) : attachment.FileName;
        return new AttachmentDownload(storage.OpenRead(attachment.StorageKey), name, attachment.ContentType);
    }

    private async Task<Outcome<SubmittedVersion>> WithRetriesAsync(
        Actor actor,
        Guid challengeId,
        Func<Proposal, IReadOnlyList<ProposalSection>, Outcome<int>> prepare,
        CancellationToken cancellationToken,
        Action? onRetry = null)
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

            var extendedUntil = await ExtendedUntilAsync(db, proposal.TeamId, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The request's time is when it reaches the database, whatever the page or the client's clock showed.
            var now = await DatabaseClock.UtcNowAsync(db, cancellationToken);
            if (ChallengeLifecycle.CheckAcceptsSubmissions(challenge, now, extendedUntil) is { } closed)
            {
                return Outcome<SubmittedVersion>.Refused(closed);
            }

            var versionsBefore = proposal.VersionCount;
            var submitted = proposal.Submit(prepared.Value, form, now);
            if (!submitted.Succeeded)
            {
                return Outcome<SubmittedVersion>.Refused(submitted.Violation!);
            }

            if (proposal.VersionCount > versionsBefore)
            {
                // The receipt reaches every member in the same commit as the version it proves.
                var members = await db.TeamMembers.Where(m => m.TeamId == proposal.TeamId).Select(m => m.UserId).ToListAsync(cancellationToken);
                var link = $"/proposals/{proposal.Id}/receipt/{submitted.Value.Number}";
                await notifier.AddAsync(db, new NotificationRequest(NotificationKind.SubmissionReceipt, challengeId, challenge.Title, link, members), cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                var version = submitted.Value;
                return Outcome<SubmittedVersion>.Ok(new SubmittedVersion(proposal.Id, version.Number, version.SubmittedAtUtc, version.ContentSha256));
            }
            catch (DbUpdateException exception) when (attempt < Attempts)
            {
                logger.LogInformation(exception, "Submission of {User} for {Challenge} raced another; retrying", actor.UserId, challengeId);
                onRetry?.Invoke();
            }
        }
    }

    /// <summary>The proposal of the actor's team for the challenge.</summary>
    private static IQueryable<Proposal> Mine(AppDbContext db, Actor actor, Guid challengeId) =>
        db.Proposals.Where(p => p.ChallengeId == challengeId && db.TeamMembers.Any(m => m.TeamId == p.TeamId && m.UserId == actor.UserId));

    private static async Task<Proposal> LoadOrStartAsync(AppDbContext db, Actor actor, Guid challengeId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var teamId = await TeamIdOfAsync(db, actor, challengeId, cancellationToken);
        var proposal = teamId is null
            ? null
            : await db.Proposals.Include(p => p.Attachments).Include(p => p.Versions).SingleOrDefaultAsync(p => p.TeamId == teamId, cancellationToken);
        if (proposal is null)
        {
            if (teamId is null)
            {
                // A solver who starts alone is a team of one; unique indexes on (challenge, member) and on the
                // proposal's team make a concurrent second start fail instead of adding a twin.
                var me = await db.Users.Where(u => u.Id == actor.UserId).Select(u => new { u.DisplayName, u.SolverOrganizationId }).SingleAsync(cancellationToken);
                var team = Team.Found(challengeId, me.DisplayName, actor.UserId!, me.SolverOrganizationId, nowUtc);
                db.Teams.Add(team);
                teamId = team.Id;
            }

            proposal = Proposal.Start(challengeId, teamId.Value, actor.UserId!, nowUtc);
            db.Proposals.Add(proposal);
        }

        return proposal;
    }

    internal static Task<Guid?> TeamIdOfAsync(AppDbContext db, Actor actor, Guid challengeId, CancellationToken cancellationToken) =>
        db.TeamMembers.Where(m => m.ChallengeId == challengeId && m.UserId == actor.UserId).Select(m => (Guid?)m.TeamId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Until when the team may still submit, if the organiser extended its deadline.</summary>
    internal static Task<DateTime?> ExtendedUntilAsync(AppDbContext db, Guid? teamId, CancellationToken cancellationToken) =>
        teamId is null
            ? Task.FromResult<DateTime?>(null)
            : db.DeadlineExtensions.Where(e => e.TeamId == teamId).MaxAsync(e => (DateTime?)e.UntilUtc, cancellationToken);

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
        CancellationToken cancellationToken)
    {
        var challenge = await LoadChallengeAsync(db, challengeId, cancellationToken);
        if (challenge is null)
        {
            return Outcome<(Challenge, Proposal)>.Refused(RuleCodes.NotFound);
        }

        var proposal = await LoadOrStartAsync(db, actor, challengeId, nowUtc, cancellationToken);
        var extendedUntil = await ExtendedUntilAsync(db, proposal.TeamId, cancellationToken);
        return ChallengeLifecycle.CheckAcceptsSubmissions(challenge, nowUtc, extendedUntil) is { } closed
            ? Outcome<(Challenge, Proposal)>.Refused(closed)
            : Outcome<(Challenge, Proposal)>.Ok((challenge, proposal));
    }

    private static Task<Challenge?> LoadChallengeAsync(AppDbContext db, Guid challengeId, CancellationToken cancellationToken) =>
        db.Challenges.AsNoTracking().Include(c => c.Criteria)
            .Where(c => c.Id == challengeId && c.Status != ChallengeStatus.Draft)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>What files the challenge accepts with a proposal, or null when there is no such challenge.</summary>
    public async Task<UploadPolicy?> PolicyAsync(Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db.Challenges.Where(c => c.Id == challengeId && c.Status != ChallengeStatus.Draft)
            .Select(c => new { c.Files }).SingleOrDefaultAsync(cancellationToken);
        return rules is null ? null : storage.ProposalPolicy(rules.Files);
    }

    private async Task<Outcome<List<ProposalAttachment>>> StoreAsync(IReadOnlyList<UploadedFile> files, UploadPolicy policy, CancellationToken cancellationToken)
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

            stored.Add(new ProposalAttachment
            {
                FileName = Path.GetFileName(file.FileName),
                ContentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
                SizeBytes = saved.Value.SizeBytes,
                Sha256 = saved.Value.Sha256,
                StorageKey = saved.Value.StorageKey,
            });
        }

        return Outcome<List<ProposalAttachment>>.Ok(stored);
    }

    // Each attempt of a retried save needs its own entity: the failed context keeps tracking the first one.
    private static ProposalAttachment Copy(ProposalAttachment file) => new()
    {
        FileName = file.FileName,
        ContentType = file.ContentType,
        SizeBytes = file.SizeBytes,
        Sha256 = file.Sha256,
        StorageKey = file.StorageKey,
    };

    private static RuleViolation? CheckSolver(Actor actor) =>
        actor.IsInRole(Roles.Solver) && actor.UserId is not null ? null : new RuleViolation(RuleCodes.AccessDenied);

    private static RuleViolation? CheckTitle(string title) =>
        title.Trim().Length > MaxTitleLength ? new RuleViolation(RuleCodes.ProposalTitleTooLong, MaxTitleLength) : null;

    private static ProposalDraft ToDraft(Proposal proposal) => new(
        proposal.Id,
        proposal.Revision,
        proposal.Title,
        proposal.Body,
        proposal.Sections,
        [.. proposal.DraftAttachments.Select(a => new AttachmentView(a.Id, a.FileName, a.SizeBytes, a.Sha256))],
        proposal.Status,
        proposal.VersionCount,
        proposal.HasUnsubmittedChanges,
        proposal.DraftSavedUtc);

    private static ProposalVersionView ToView(ProposalVersion version, bool blind = false) =>
        new(
            version.Number,
            version.Title,
            version.Body,
            version.Sections,
            blind ? version.Files.Select(f => f with { FileName = BlindFileName(version.Files, f.AttachmentId) }).ToList() : version.Files,
            version.SubmittedAtUtc,
            version.ContentSha256);

    /// <summary>A name that says only which file of the version it is ("attachment-2.pdf"): authors often sign their file names.</summary>
    private static string BlindFileName(IReadOnlyList<VersionFile> files, Guid attachmentId)
    {
        var index = files.Select(f => f.AttachmentId).ToList().IndexOf(attachmentId);
        return $"attachment-{index + 1}{Path.GetExtension(files[index].FileName).ToLowerInvariant()}";
    }
}

internal enum ProposalAudience
{
    None,
    Author,
    Organiser,
    Judge,
}

/// <summary>
/// Who may see a proposal: its authors always; the challenge's own sub-center and its judges only a submitted one (a
/// draft or a withdrawn entry reaches nobody else); judges as <see cref="JudgeAccess"/> decides.
/// </summary>
internal static class ProposalAccess
{
    public static async Task<ProposalAudience> AudienceAsync(AppDbContext db, Actor actor, Proposal proposal, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
        {
            return ProposalAudience.None;
        }

        if (await db.TeamMembers.AnyAsync(m => m.TeamId == proposal.TeamId && m.UserId == actor.UserId, cancellationToken))
        {
            return ProposalAudience.Author;
        }

        if (proposal.Status != ProposalStatus.Submitted)
        {
            return ProposalAudience.None;
        }

        var challenge = await db.Challenges.AsNoTracking()
            .Where(c => c.Id == proposal.ChallengeId)
            .Select(c => new { c.SubCenterId, c.Status })
            .SingleAsync(cancellationToken);
        if (actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return ProposalAudience.Organiser;
        }

        var judges = actor.IsInRole(Roles.Judge) && await JudgeAccess.MayOpenAsync(db, actor.UserId, proposal.Id, nowUtc, cancellationToken);
        return judges ? ProposalAudience.Judge : ProposalAudience.None;
    }
}
