using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Regions;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>
/// Challenges as sub-centers author them: drafts, saved edits (announced revisions once published), the organisers'
/// lists, the admins' review queue and the rounds' panels of judges.
/// </summary>
public sealed class ChallengeAuthoring(
    IDbContextFactory<AppDbContext> dbFactory,
    ChallengeClock challengeClock,
    UserManager<ApplicationUser> userManager,
    FileStorage storage,
    ChallengeEventNotifier events,
    RegionDirectory regions,
    TimeProvider clock
)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>A challenge in its author's editor; null for anyone but its sub-center and the admins.</summary>
    public async Task<ChallengeEditorModel?> GetEditorAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db
            .Challenges.AsNoTracking()
            .AsSplitQuery()
            .Include(c => c.Judges)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return null;
        }

        return new ChallengeEditorModel(
            challenge.Id,
            challenge.Status,
            challenge.Version,
            challenge.RevisionNumber,
            challenge.Content,
            challenge.CoverImageId,
            await ChallengeQueries.AttachmentsAsync(db, id, cancellationToken),
            challenge.Judges.Where(j => j.RoundNumber == 1).Select(j => j.JudgeUserId).ToList()
        )
        {
            LegacyRegion = challenge.LegacyRegion,
        };
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
        var found = await ChallengeQueries.Summaries(db, query.IgnoreAutoIncludes(), revealEnterprise: true).ToListAsync(cancellationToken);
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
        var found = await ChallengeQueries.Summaries(db, waiting, revealEnterprise: true).ToListAsync(cancellationToken);
        return found.OrderBy(c => c.SubmissionDeadlineUtc).ToList();
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

        if (content.Region is { } region && regions.Find(region.Value) is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.RegionUnknown);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = UtcNow;
        var challenge = new Challenge
        {
            SubCenterId = subCenterId,
            Title = content.Title,
            CreatedAtUtc = now,
            CreatedByUserId = actor.UserId,
        };
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
    public async Task<Outcome<Guid>> SaveAsync(
        Actor actor,
        Guid id,
        Guid expectedVersion,
        ChallengeContent content,
        string? note,
        CancellationToken cancellationToken = default
    )
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

        if (content.Region is { } region && regions.Find(region.Value) is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.RegionUnknown);
        }

        var edited = challenge.Edit(content, await FieldsAsync(db, content, cancellationToken), UtcNow, actor.UserId, note);
        if (!edited.Succeeded)
        {
            return Outcome<Guid>.Refused(edited.Violation!);
        }

        await events.AddAsync(db, challenge, cancellationToken);
        try
        {
            // The save renews the version (also when only criteria or rounds changed): a stale copy can no longer save.
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

    /// <summary>The users with the Judge role, for a panel to be chosen from.</summary>
    public async Task<IReadOnlyList<JudgeOption>> ListJudgesAsync(Actor actor)
    {
        if (!actor.IsAdmin && !actor.IsInRole(Roles.SubCenterManager))
        {
            return [];
        }

        var judges = await userManager.GetUsersInRoleAsync(Roles.Judge);
        return judges.OrderBy(j => j.DisplayName).Select(j => new JudgeOption(j.Id, j.DisplayName)).ToList();
    }

    /// <summary>Everyone on any round's panel of the challenge.</summary>
    public async Task<IReadOnlyList<JudgeOption>> ListAssignedJudgesAsync(
        Actor actor,
        Guid challengeId,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db
            .Challenges.AsNoTracking()
            .IgnoreAutoIncludes()
            .Include(c => c.Judges)
            .SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return [];
        }

        var ids = challenge.Judges.Select(j => j.JudgeUserId).Distinct().ToList();
        return await db
            .Users.Where(u => ids.Contains(u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new JudgeOption(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Replaces the panel of one round (round 1's in the editor); only users with the Judge role count.</summary>
    public async Task<Outcome> SetJudgesAsync(
        Actor actor,
        Guid id,
        IReadOnlyList<string> judgeUserIds,
        int roundNumber = 1,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db
            .Challenges.AsSplitQuery()
            .IgnoreAutoIncludes()
            .Include(c => c.Judges)
            .Include(c => c.Rounds)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
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
        challenge.Judges.AddRange(
            valid
                .Where(v => !challenge.Judges.Any(j => j.RoundNumber == roundNumber && j.JudgeUserId == v))
                .Select(v => new JudgeAssignment
                {
                    ChallengeId = id,
                    JudgeUserId = v,
                    RoundNumber = roundNumber,
                    AssignedAtUtc = now,
                })
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    private static async Task<List<FieldTag>> FieldsAsync(AppDbContext db, ChallengeContent content, CancellationToken cancellationToken) =>
        content.FieldTagIds.Count == 0
            ? []
            : await db.FieldTags.Where(f => content.FieldTagIds.Contains(f.Id)).ToListAsync(cancellationToken);

    private static async Task<List<string>> ValidJudgesAsync(
        AppDbContext db,
        IReadOnlyList<string> requested,
        CancellationToken cancellationToken
    )
    {
        if (requested.Count == 0)
        {
            return [];
        }

        var judgeRoleId = await db.Roles.Where(r => r.Name == Roles.Judge).Select(r => r.Id).SingleAsync(cancellationToken);
        return await db
            .UserRoles.Where(ur => ur.RoleId == judgeRoleId && requested.Contains(ur.UserId))
            .Select(ur => ur.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
    }
}
