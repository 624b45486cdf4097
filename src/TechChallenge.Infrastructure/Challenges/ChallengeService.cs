using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Jobs;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>Challenges as sub-centers author and run them, as admins review them and as the public browses them.</summary>
public sealed class ChallengeService(
    IDbContextFactory<AppDbContext> dbFactory,
    ChallengeClock challengeClock,
    UserManager<ApplicationUser> userManager,
    FileStorage storage,
    CatalogFacetsCache facetsCache,
    CatalogChangeInterceptor catalogChanges,
    Notifier notifier,
    TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The public catalog: published challenges matching every given filter, one page of them.</summary>
    public async Task<CatalogPage> SearchCatalogAsync(CatalogQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenges = db.Challenges.AsNoTracking().IgnoreAutoIncludes().Where(c => ChallengeLifecycle.PublicStatuses.Contains(c.Status));
        foreach (var term in SearchTerms(query.Text))
        {
            var pattern = $"%{EscapeLike(term)}%";
            challenges = challenges.Where(c => EF.Functions.Like(c.SearchText, pattern, LikeEscape));
        }

        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            challenges = challenges.Where(c => c.Fields.Any(f => f.Code == query.Field));
        }

        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            challenges = challenges.Where(c => c.Region == query.Region);
        }

        if (query.SubCenterId is { } subCenterId)
        {
            challenges = challenges.Where(c => c.SubCenterId == subCenterId);
        }

        if (query.Type is { } type)
        {
            challenges = challenges.Where(c => c.Type == type);
        }

        if (query.Status is { } status)
        {
            challenges = challenges.Where(c => c.Status == status);
        }

        if (query.MinAward is { } min)
        {
            challenges = challenges.Where(c => c.AwardAmount >= min);
        }

        if (query.MaxAward is { } max)
        {
            challenges = challenges.Where(c => c.AwardAmount <= max);
        }

        var now = UtcNow;
        challenges = query.Sort switch
        {
            // Open calls first, the nearest deadline first among them.
            CatalogSort.DeadlineSoonest => challenges.OrderBy(c => c.SubmissionDeadlineUtc > now ? 0 : 1).ThenBy(c => c.SubmissionDeadlineUtc).ThenBy(c => c.Id),
            CatalogSort.Award => challenges.OrderBy(c => c.AwardAmount == null ? 1 : 0).ThenByDescending(c => c.AwardAmount).ThenBy(c => c.Id),
            _ => challenges.OrderByDescending(c => c.PublishedAtUtc).ThenBy(c => c.Id),
        };

        var total = await challenges.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + CatalogQuery.PageSize - 1) / CatalogQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var items = await Summaries(db, challenges.Skip((page - 1) * CatalogQuery.PageSize).Take(CatalogQuery.PageSize), revealEnterprise: false)
            .ToListAsync(cancellationToken);
        return new CatalogPage(items, total, page, pageCount);
    }

    /// <summary>The values the catalog's filters offer.</summary>
    public Task<CatalogFacets> CatalogFacetsAsync(CancellationToken cancellationToken = default) =>
        facetsCache.GetOrLoadAsync(LoadCatalogFacetsAsync, cancellationToken);

    private async Task<CatalogFacets> LoadCatalogFacetsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var fields = await db.FieldTags.AsNoTracking().OrderBy(f => f.Code).Select(f => new FieldTagView(f.Id, f.Code, f.Name, f.NameZh)).ToListAsync(cancellationToken);
        var regions = await db.Challenges.Where(c => ChallengeLifecycle.PublicStatuses.Contains(c.Status) && c.Region != "")
            .Select(c => c.Region).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
        var subCenters = await db.SubCenters.AsNoTracking().OrderBy(s => s.Name).Select(s => new SubCenterOption(s.Id, s.Name, s.NameZh)).ToListAsync(cancellationToken);
        return new CatalogFacets(fields, regions, subCenters);
    }

    /// <summary>A challenge as this viewer may see it; null when it does not exist or is not theirs to see.</summary>
    public async Task<ChallengeDetails?> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().AsSplitQuery()
            .Include(c => c.Transitions)
            .Include(c => c.Revisions)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || !ChallengeAccess.CanSee(actor, challenge))
        {
            return null;
        }

        var viewer = await ChallengeAccess.ViewerAsync(db, actor, challenge, cancellationToken);
        var summary = await Summaries(db, db.Challenges.Where(c => c.Id == id), revealEnterprise: viewer.CanManage).SingleAsync(cancellationToken);
        var statistics = new ChallengeStatistics(
            await db.ChallengeFollows.CountAsync(f => f.ChallengeId == id, cancellationToken),
            await db.ChallengeRegistrations.CountAsync(r => r.ChallengeId == id, cancellationToken),
            await db.Proposals.CountAsync(p => p.ChallengeId == id && p.Status == ProposalStatus.Submitted, cancellationToken));
        var attachments = viewer.CanSeeDetails
            ? await db.ChallengeAttachments.Where(a => a.ChallengeId == id && !a.IsCoverImage).OrderBy(a => a.UploadedAtUtc)
                .Select(a => new FileView(a.Id, a.FileName, a.SizeBytes, a.Sha256)).ToListAsync(cancellationToken)
            : [];
        var details = viewer.CanSeeDetails;
        var revealEnterprise = viewer.CanManage || !challenge.Enterprise.Confidential;
        return new ChallengeDetails(
            summary,
            challenge.SubCenterId,
            details ? challenge.Statement : "",
            details ? challenge.TechnicalRequirements : "",
            details ? challenge.Deliverables : "",
            challenge.IpTerms,
            challenge.ConfidentialityTerms,
            revealEnterprise ? challenge.Enterprise.Industry : null,
            revealEnterprise ? challenge.Enterprise.Region : null,
            details ? challenge.Contact : null,
            challenge.Fields.OrderBy(f => f.Code).Select(f => new FieldTagView(f.Id, f.Code, f.Name, f.NameZh)).ToList(),
            CriterionView.Of(challenge.Criteria),
            challenge.Content.Rounds,
            attachments,
            challenge.Transitions
                // Review comments are between the sub-center and the reviewers.
                .Where(t => viewer.CanManage || ChallengeLifecycle.IsPublic(t.To) || t.To == ChallengeStatus.Cancelled)
                .OrderBy(t => t.AtUtc).ThenBy(t => t.To)
                .Select(t => new TransitionView(t.From, t.To, t.Trigger, t.AtUtc, t.Reason)).ToList(),
            challenge.Revisions
                .Where(r => viewer.CanManage || r.IsMaterial)
                .OrderByDescending(r => r.Number)
                .Select(r => new RevisionView(r.Number, r.AtUtc, r.Parts, r.IsMaterial, r.Note, r.PreviousDeadlineUtc, r.NewDeadlineUtc)).ToList(),
            statistics,
            viewer,
            challenge.RevisionNumber);
    }

    /// <summary>A challenge in its author's editor; null for anyone but its sub-center and the admins.</summary>
    public async Task<ChallengeEditorModel?> GetEditorAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().AsSplitQuery().Include(c => c.Judges).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return null;
        }

        var attachments = await db.ChallengeAttachments.Where(a => a.ChallengeId == id && !a.IsCoverImage).OrderBy(a => a.UploadedAtUtc)
            .Select(a => new FileView(a.Id, a.FileName, a.SizeBytes, a.Sha256)).ToListAsync(cancellationToken);
        return new ChallengeEditorModel(
            challenge.Id,
            challenge.Status,
            challenge.Version,
            challenge.RevisionNumber,
            challenge.Content,
            challenge.CoverImageId,
            attachments,
            challenge.Judges.Where(j => j.RoundNumber == 1).Select(j => j.JudgeUserId).ToList());
    }

    /// <summary>The challenges a manager may manage: their own sub-center's (all of them for a platform admin).</summary>
    public async Task<IReadOnlyList<ChallengeSummary>> ListManagedAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin && !(actor.IsInRole(Roles.SubCenterManager) && actor.SubCenterId is not null))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = actor.IsAdmin ? db.Challenges : db.Challenges.Where(c => c.SubCenterId == actor.SubCenterId);
        var found = await Summaries(db, query.IgnoreAutoIncludes(), revealEnterprise: true).ToListAsync(cancellationToken);
        return found.OrderBy(c => c.Status).ThenBy(c => c.SubmissionDeadlineUtc).ToList();
    }

    /// <summary>The platform admins' review queue: challenges submitted for review, oldest first.</summary>
    public async Task<IReadOnlyList<ChallengeSummary>> ListAwaitingReviewAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var waiting = db.Challenges.IgnoreAutoIncludes().Where(c => c.Status == ChallengeStatus.SubmittedForReview);
        var found = await Summaries(db, waiting, revealEnterprise: true).ToListAsync(cancellationToken);
        return found.OrderBy(c => c.SubmissionDeadlineUtc).ToList();
    }

    public async Task<IReadOnlyList<JudgeOption>> ListJudgesAsync(Actor actor)
    {
        if (!actor.IsAdmin && !actor.IsInRole(Roles.SubCenterManager))
        {
            return [];
        }

        var judges = await userManager.GetUsersInRoleAsync(Roles.Judge);
        return judges.OrderBy(j => j.DisplayName).Select(j => new JudgeOption(j.Id, j.DisplayName)).ToList();
    }

    /// <summary>Creates a draft in the manager's own sub-center. Drafts may be incomplete; review checks them.</summary>
    public async Task<Outcome<Guid>> CreateDraftAsync(Actor actor, ChallengeContent content, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.SubCenterManager) || actor.SubCenterId is not { } subCenterId || actor.UserId is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        if (storage.CheckRules(content.Files) is { } badRules)
        {
            return Outcome<Guid>.Refused(badRules);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = UtcNow;
        var challenge = new Challenge { SubCenterId = subCenterId, Title = content.Title, CreatedAtUtc = now, CreatedByUserId = actor.UserId };
        var edited = challenge.Edit(content, await FieldsAsync(db, content, cancellationToken), now, actor.UserId);
        if (!edited.Succeeded)
        {
            return Outcome<Guid>.Refused(edited.Violation!);
        }

        db.Challenges.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(challenge.Id);
    }

    /// <summary>
    /// Saves an edit made from <paramref name="expectedVersion"/>. If someone saved in between, the edit is refused and
    /// nothing is overwritten. An edit of a published challenge becomes a revision announced to followers, and a moved
    /// timeline re-plans the clock.
    /// </summary>
    /// <returns>The new version to continue editing from.</returns>
    public async Task<Outcome<Guid>> SaveAsync(Actor actor, Guid id, Guid expectedVersion, ChallengeContent content, string? note, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.NotFound);
        }

        if (!actor.ManagesSubCenter(challenge.SubCenterId) || actor.UserId is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        if (challenge.Version != expectedVersion)
        {
            return Outcome<Guid>.Refused(RuleCodes.ConcurrentEdit);
        }

        if (storage.CheckRules(content.Files) is { } badRules)
        {
            return Outcome<Guid>.Refused(badRules);
        }

        var now = UtcNow;
        var edited = challenge.Edit(content, await FieldsAsync(db, content, cancellationToken), now, actor.UserId, note);
        if (!edited.Succeeded)
        {
            return Outcome<Guid>.Refused(edited.Violation!);
        }

        if (edited.Value is { } revision)
        {
            await notifier.RecordAsync(db, challenge.Title, new ChallengeEvent { ChallengeId = id, Kind = ChallengeEventKind.Amended, SubjectId = revision.Id, OccurredAtUtc = now }, cancellationToken);
        }

        // Children (criteria, rounds) may be all that changed: a new version makes the save check the old one.
        challenge.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Guid>.Refused(RuleCodes.ConcurrentEdit);
        }

        if (edited.Value?.Parts.Contains(ChallengeParts.Timeline) == true)
        {
            await challengeClock.PlanAsync(challenge, cancellationToken);
        }

        return Outcome<Guid>.Ok(challenge.Version);
    }

    /// <summary>
    /// Moves a challenge through its lifecycle on behalf of a person: its sub-center's managers or a platform admin;
    /// the lifecycle decides who may pull which trigger. Publishing opens submissions at once when round 1 has begun.
    /// </summary>
    public async Task<Outcome> TransitionAsync(Actor actor, Guid id, ChallengeTrigger trigger, string? reason = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        if (ChallengeAccess.LifecycleActorFor(actor, challenge.SubCenterId) is not { } by)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        var now = UtcNow;
        var outcome = challenge.Apply(trigger, now, by, reason);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        if (trigger == ChallengeTrigger.Publish)
        {
            // Round 1 may have begun already: the clock's first step happens with the publication.
            challenge.AdvanceClock(now);

            await notifier.RecordAsync(db, challenge.Title, new ChallengeEvent { ChallengeId = id, Kind = ChallengeEventKind.Published, OccurredAtUtc = now }, cancellationToken);
        }
        else if (trigger == ChallengeTrigger.Cancel)
        {
            await notifier.RecordAsync(db, challenge.Title, new ChallengeEvent { ChallengeId = id, Kind = ChallengeEventKind.Cancelled, OccurredAtUtc = now }, cancellationToken);
        }
        else if (trigger == ChallengeTrigger.PublishResults)
        {
            // As when the clock publishes them: in the same save as the step, so it is told once.
            await notifier.TellChallengeAudienceAsync(db, NotificationKind.ResultsPublished, id, challenge.Title, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Refused(RuleCodes.ConcurrentEdit);
        }

        await challengeClock.PlanAsync(challenge, cancellationToken);
        return Outcome.Success;
    }

    /// <summary>Replaces the panel of one round (round 1's in the editor); only users with the Judge role count.</summary>
    public async Task<Outcome> SetJudgesAsync(Actor actor, Guid id, IReadOnlyList<string> judgeUserIds, int roundNumber = 1, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsSplitQuery().IgnoreAutoIncludes().Include(c => c.Judges).Include(c => c.Rounds).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return Outcome.Refused(challenge is null ? RuleCodes.NotFound : RuleCodes.AccessDenied);
        }

        if (roundNumber != 1 && challenge.Round(roundNumber) is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        var valid = await ValidJudgesAsync(db, judgeUserIds, cancellationToken);
        challenge.Judges.RemoveAll(j => j.RoundNumber == roundNumber && !valid.Contains(j.JudgeUserId));
        var now = UtcNow;
        challenge.Judges.AddRange(valid.Where(v => !challenge.Judges.Any(j => j.RoundNumber == roundNumber && j.JudgeUserId == v))
            .Select(v => new JudgeAssignment { ChallengeId = id, JudgeUserId = v, RoundNumber = roundNumber, AssignedAtUtc = now }));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    public async Task<IReadOnlyList<JudgeOption>> ListAssignedJudgesAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().IgnoreAutoIncludes().Include(c => c.Judges).SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return [];
        }

        var ids = challenge.Judges.Select(j => j.JudgeUserId).Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => new JudgeOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }

    /// <summary>Adds a file to a challenge its author may still edit; a cover image replaces the previous one.</summary>
    public async Task<Outcome<Guid>> AddFileAsync(Actor actor, Guid id, string fileName, long declaredSize, Stream content, UploadKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.IgnoreAutoIncludes().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return Outcome<Guid>.Refused(challenge is null ? RuleCodes.NotFound : RuleCodes.AccessDenied);
        }

        if (!ChallengeLifecycle.IsEditableDraft(challenge.Status) && !ChallengeLifecycle.IsAmendable(challenge.Status))
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
            UploadedAtUtc = UtcNow,
            IsCoverImage = kind == UploadKind.Image,
        };
        db.ChallengeAttachments.Add(attachment);
        var replacedCover = kind == UploadKind.Image
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
            await db.Challenges.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CoverImageId, attachment.Id), cancellationToken);
            await catalogChanges.InvalidateAsync(cancellationToken);
        }

        if (replacedCover is not null)
        {
            storage.Delete(replacedCover.StorageKey);
        }

        return Outcome<Guid>.Ok(attachment.Id);
    }

    public async Task<Outcome> RemoveFileAsync(Actor actor, Guid fileId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var file = await db.ChallengeAttachments.SingleOrDefaultAsync(a => a.Id == fileId, cancellationToken);
        var challenge = file is null ? null : await db.Challenges.IgnoreAutoIncludes().SingleAsync(c => c.Id == file.ChallengeId, cancellationToken);
        if (file is null || challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return Outcome.Refused(file is null ? RuleCodes.NotFound : RuleCodes.AccessDenied);
        }

        if (!ChallengeLifecycle.IsEditableDraft(challenge.Status) && !ChallengeLifecycle.IsAmendable(challenge.Status))
        {
            return Outcome.Refused(RuleCodes.ChallengeNotEditable, challenge.Status);
        }

        if (challenge.CoverImageId == fileId)
        {
            await db.Challenges.Where(c => c.Id == challenge.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CoverImageId, (Guid?)null), cancellationToken);
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
        var challenge = file is null ? null : await db.Challenges.AsNoTracking().IgnoreAutoIncludes().SingleAsync(c => c.Id == file.ChallengeId, cancellationToken);
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

    private const string LikeEscape = "\\";

    private static IEnumerable<string> SearchTerms(string? text) =>
        (text ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(8);

    /// <summary>Makes % and _ typed by a user match themselves.</summary>
    private static string EscapeLike(string term) =>
        term.Replace(LikeEscape, LikeEscape + LikeEscape).Replace("%", LikeEscape + "%").Replace("_", LikeEscape + "_");

    private static async Task<List<FieldTag>> FieldsAsync(AppDbContext db, ChallengeContent content, CancellationToken cancellationToken) =>
        content.FieldTagIds.Count == 0 ? [] : await db.FieldTags.Where(f => content.FieldTagIds.Contains(f.Id)).ToListAsync(cancellationToken);

    private static async Task<List<string>> ValidJudgesAsync(AppDbContext db, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        if (requested.Count == 0)
        {
            return [];
        }

        var judgeRoleId = await db.Roles.Where(r => r.Name == Roles.Judge).Select(r => r.Id).SingleAsync(cancellationToken);
        return await db.UserRoles.Where(ur => ur.RoleId == judgeRoleId && requested.Contains(ur.UserId)).Select(ur => ur.UserId).Distinct().ToListAsync(cancellationToken);
    }

    private static IQueryable<ChallengeSummary> Summaries(AppDbContext db, IQueryable<Challenge> challenges, bool revealEnterprise) =>
        from c in challenges
        join s in db.SubCenters on c.SubCenterId equals s.Id
        select new ChallengeSummary(
            c.Id,
            c.Title,
            c.Summary,
            s.Name,
            s.NameZh,
            revealEnterprise || !c.Enterprise.Confidential ? c.Enterprise.Name : null,
            c.Region,
            c.Type,
            c.AwardAmount,
            c.AwardCurrency,
            c.AwardDescription,
            c.Status,
            c.SubmissionDeadlineUtc,
            c.PublishedAtUtc,
            c.IsConfidential,
            c.CoverImageId,
            db.Proposals.Count(p => p.ChallengeId == c.Id && p.Status == ProposalStatus.Submitted));
}
