using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Jobs;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Challenges;

public sealed record CriterionInput(string Name, string Description, decimal Weight);

public sealed record ChallengeInput(
    string Title,
    string Summary,
    string Description,
    string EnterpriseName,
    string? Award,
    DateTime? SubmissionDeadlineUtc,
    IReadOnlyList<CriterionInput> Criteria,
    IReadOnlyList<string> JudgeUserIds);

public sealed record ChallengeSummary(
    Guid Id,
    string Title,
    string Summary,
    string SubCenterName,
    string SubCenterNameZh,
    string EnterpriseName,
    string? Award,
    ChallengeStatus Status,
    DateTime? SubmissionDeadlineUtc,
    int ProposalCount);

public sealed record CriterionView(Guid Id, string Name, string Description, decimal Weight, int MaxScore);

public sealed record TransitionView(ChallengeStatus From, ChallengeStatus To, ChallengeTrigger Trigger, DateTime AtUtc, string? Reason);

public sealed record ChallengeDetails(
    ChallengeSummary Summary,
    string Description,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<TransitionView> History,
    Guid SubCenterId);

public sealed record JudgeOption(string UserId, string DisplayName);

/// <summary>Challenges as sub-centers manage them and as the public browses them.</summary>
public sealed class ChallengeService(
    IDbContextFactory<AppDbContext> dbFactory,
    ChallengeClock challengeClock,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock)
{
    private static readonly ChallengeStatus[] PublicStatuses =
        [ChallengeStatus.SubmissionsOpen, ChallengeStatus.SubmissionsClosed, ChallengeStatus.Judging, ChallengeStatus.ResultsPublished, ChallengeStatus.Archived];

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The public catalog: published challenges, open ones first by nearest deadline.</summary>
    public async Task<IReadOnlyList<ChallengeSummary>> SearchCatalogAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Challenges.Where(c => PublicStatuses.Contains(c.Status));
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim().ToLower()}%";
            query = query.Where(c => EF.Functions.Like(c.Title.ToLower(), pattern) || EF.Functions.Like(c.Summary.ToLower(), pattern) || EF.Functions.Like(c.EnterpriseName.ToLower(), pattern));
        }

        var found = await Summaries(db, query).ToListAsync(cancellationToken);
        return found
            .OrderBy(c => c.Status == ChallengeStatus.SubmissionsOpen ? 0 : 1)
            .ThenBy(c => c.SubmissionDeadlineUtc)
            .ToList();
    }

    /// <summary>A published challenge as anyone may see it; drafts are visible only to their own sub-center.</summary>
    public async Task<ChallengeDetails?> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().Include(c => c.Transitions).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || (!PublicStatuses.Contains(challenge.Status) && !actor.ManagesSubCenter(challenge.SubCenterId)))
        {
            return null;
        }

        var summary = await Summaries(db, db.Challenges.Where(c => c.Id == id)).SingleAsync(cancellationToken);
        return new ChallengeDetails(
            summary,
            challenge.Description,
            challenge.Criteria.OrderBy(c => c.SortOrder).Select(c => new CriterionView(c.Id, c.Name, c.Description, c.Weight, c.MaxScore)).ToList(),
            challenge.Transitions.OrderBy(t => t.AtUtc).ThenBy(t => t.To).Select(t => new TransitionView(t.From, t.To, t.Trigger, t.AtUtc, t.Reason)).ToList(),
            challenge.SubCenterId);
    }

    /// <summary>A challenge as its own sub-center (or a platform admin) manages it; null for anyone else.</summary>
    public async Task<ChallengeDetails?> GetForManagementAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var details = await GetAsync(actor, id, cancellationToken);
        return details is not null && actor.ManagesSubCenter(details.SubCenterId) ? details : null;
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
        var found = await Summaries(db, query).ToListAsync(cancellationToken);
        return found.OrderByDescending(c => c.Status == ChallengeStatus.Draft).ThenBy(c => c.SubmissionDeadlineUtc).ToList();
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

    /// <summary>Creates a draft in the manager's own sub-center. Drafts may be incomplete; publishing checks them.</summary>
    public async Task<Outcome<Guid>> CreateDraftAsync(Actor actor, ChallengeInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.SubCenterManager) || actor.SubCenterId is not { } subCenterId || actor.UserId is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return Outcome<Guid>.Refused(RuleCodes.TitleRequired);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var judgeIds = await ValidJudgesAsync(db, input.JudgeUserIds, cancellationToken);
        var now = UtcNow;
        var challenge = new Challenge
        {
            SubCenterId = subCenterId,
            Title = input.Title.Trim(),
            Summary = input.Summary.Trim(),
            Description = input.Description.Trim(),
            EnterpriseName = input.EnterpriseName.Trim(),
            Award = string.IsNullOrWhiteSpace(input.Award) ? null : input.Award.Trim(),
            SubmissionDeadlineUtc = input.SubmissionDeadlineUtc,
            CreatedAtUtc = now,
            CreatedByUserId = actor.UserId,
        };
        challenge.Criteria.AddRange(input.Criteria.Select((c, i) => new ScoringCriterion
        {
            ChallengeId = challenge.Id,
            Name = c.Name.Trim(),
            Description = c.Description.Trim(),
            Weight = c.Weight,
            SortOrder = i,
        }));
        challenge.Judges.AddRange(judgeIds.Select(id => new JudgeAssignment { ChallengeId = challenge.Id, JudgeUserId = id, AssignedAtUtc = now }));
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(challenge.Id);
    }

    /// <summary>Publishes a draft of the manager's own sub-center and plans the close of submissions.</summary>
    public async Task<Outcome> PublishAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.Include(c => c.Transitions).SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        if (!actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        var outcome = challenge.Apply(ChallengeTrigger.Publish, UtcNow, actor.UserId);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        await db.SaveChangesAsync(cancellationToken);
        await challengeClock.ScheduleCloseAsync(challenge, cancellationToken);
        return Outcome.Success;
    }

    public async Task<IReadOnlyList<JudgeOption>> ListAssignedJudgesAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().Include(c => c.Judges).SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return [];
        }

        var ids = challenge.Judges.Select(j => j.JudgeUserId).ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => new JudgeOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }

    private static async Task<List<string>> ValidJudgesAsync(AppDbContext db, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        if (requested.Count == 0)
        {
            return [];
        }

        var judgeRoleId = await db.Roles.Where(r => r.Name == Roles.Judge).Select(r => r.Id).SingleAsync(cancellationToken);
        return await db.UserRoles.Where(ur => ur.RoleId == judgeRoleId && requested.Contains(ur.UserId)).Select(ur => ur.UserId).Distinct().ToListAsync(cancellationToken);
    }

    private static IQueryable<ChallengeSummary> Summaries(AppDbContext db, IQueryable<Challenge> challenges) =>
        from c in challenges
        join s in db.SubCenters on c.SubCenterId equals s.Id
        select new ChallengeSummary(
            c.Id,
            c.Title,
            c.Summary,
            s.Name,
            s.NameZh,
            c.EnterpriseName,
            c.Award,
            c.Status,
            c.SubmissionDeadlineUtc,
            db.Proposals.Count(p => p.ChallengeId == c.Id));
}
