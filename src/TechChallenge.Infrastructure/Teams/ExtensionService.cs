using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Teams;

/// <summary>
/// Deadline extensions: organisers extend the whole challenge (a recorded, announced amendment of its timeline) or
/// one team (recorded with a reason); teams ask for one; every decision reaches the team.
/// </summary>
public sealed class ExtensionService(
    IDbContextFactory<AppDbContext> dbFactory,
    ChallengeAuthoring challenges,
    Notifier notifier,
    TimeProvider clock
)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Moves the whole challenge's submission deadline while submissions are open. It goes through the challenge's
    /// own editing rules, so it is versioned, shown in the change log with the reason, and announced to followers.
    /// </summary>
    public async Task<Outcome> ExtendChallengeAsync(
        Actor actor,
        Guid challengeId,
        DateTime newDeadlineUtc,
        string reason,
        CancellationToken cancellationToken = default
    )
    {
        var editor = await challenges.GetEditorAsync(actor, challengeId, cancellationToken);
        if (editor is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        if (!ChallengeLifecycle.AcceptsExtensions(editor.Status))
        {
            return Outcome.Refused(RuleCodes.ExtensionChallengeClosed);
        }

        var firstRound = editor.Content.Rounds[0];
        if (newDeadlineUtc <= firstRound.SubmissionClosesUtc)
        {
            return Outcome.Refused(RuleCodes.ExtensionNotLater, firstRound.SubmissionClosesUtc);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Refused(RuleCodes.ExtensionReasonRequired, DeadlineExtension.MaxReasonLength);
        }

        var content = editor.Content with
        {
            Rounds = [firstRound with { SubmissionClosesUtc = newDeadlineUtc }, .. editor.Content.Rounds.Skip(1)],
        };
        return await challenges.SaveAsync(actor, challengeId, editor.Version, content, reason, cancellationToken);
    }

    public async Task<ChallengeExtensions?> ListAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await LoadManagedAsync(db, actor, challengeId, cancellationToken);
        if (challenge is null)
        {
            return null;
        }

        var requests = await RequestViews(db).Where(r => r.Request.ChallengeId == challengeId).ToListAsync(cancellationToken);
        var granted = await (
            from e in db.DeadlineExtensions
            join t in db.Teams on e.TeamId equals t.Id
            join u in db.Users on e.GrantedByUserId equals u.Id
            where e.ChallengeId == challengeId
            orderby e.GrantedAtUtc descending
            select new ExtensionView(t.Id, t.Name, e.UntilUtc, e.Reason, u.DisplayName, e.GrantedAtUtc)
        ).ToListAsync(cancellationToken);
        var teams = await db
            .Teams.Where(t => t.ChallengeId == challengeId)
            .OrderBy(t => t.Name)
            .Select(t => new TeamOption(t.Id, t.Name))
            .ToListAsync(cancellationToken);
        return new ChallengeExtensions(
            challenge.SubmissionDeadlineUtc,
            JudgingOpens(challenge),
            challenge.Status,
            [
                .. requests
                    .OrderBy(r => r.Request.Status != ExtensionRequestStatus.Pending)
                    .ThenByDescending(r => r.Request.CreatedAtUtc)
                    .Select(ToView),
            ],
            granted,
            teams
        );
    }

    /// <summary>The organiser gives one team more time, with a reason; the team is told.</summary>
    public async Task<Outcome> GrantAsync(
        Actor actor,
        Guid challengeId,
        Guid teamId,
        DateTime untilUtc,
        string reason,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await LoadManagedAsync(db, actor, challengeId, cancellationToken);
        if (challenge is null || !await db.Teams.AnyAsync(t => t.Id == teamId && t.ChallengeId == challengeId, cancellationToken))
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        var granted = DeadlineExtension.Grant(
            challengeId,
            teamId,
            untilUtc,
            reason,
            challenge.SubmissionDeadlineUtc!.Value,
            JudgingOpens(challenge),
            actor.UserId!,
            UtcNow
        );
        if (!granted.Succeeded)
        {
            return granted;
        }

        db.DeadlineExtensions.Add(granted.Value);
        await NotifyTeamAsync(db, challenge, teamId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>A team member asks for more time; the organisers are told.</summary>
    public async Task<Outcome> RequestAsync(
        Actor actor,
        Guid challengeId,
        DateTime untilUtc,
        string reason,
        CancellationToken cancellationToken = default
    )
    {
        if (!actor.IsInRole(Roles.Solver) || actor.UserId is null)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teamId = await ProposalStore.TeamIdOfAsync(db, actor, challengeId, cancellationToken);
        var challenge = await db
            .Challenges.AsNoTracking()
            .Include(c => c.Rounds)
            .SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (teamId is null || challenge?.SubmissionDeadlineUtc is null)
        {
            return Outcome.Refused(RuleCodes.TeamNotMember);
        }

        if (await db.ExtensionRequests.AnyAsync(r => r.TeamId == teamId && r.Status == ExtensionRequestStatus.Pending, cancellationToken))
        {
            return Outcome.Refused(RuleCodes.ExtensionAlreadyRequested);
        }

        var requested = ExtensionRequest.Create(
            challengeId,
            teamId.Value,
            actor.UserId,
            untilUtc,
            reason,
            challenge.SubmissionDeadlineUtc.Value,
            JudgingOpens(challenge),
            UtcNow
        );
        if (!requested.Succeeded)
        {
            return requested;
        }

        db.ExtensionRequests.Add(requested.Value);
        var organisers = await db.Users.Where(u => u.SubCenterId == challenge.SubCenterId).Select(u => u.Id).ToListAsync(cancellationToken);
        await notifier.AddAsync(
            db,
            new NotificationRequest(
                NotificationKind.ExtensionRequested,
                challengeId,
                challenge.Title,
                $"/manage/challenges/{challengeId}",
                organisers
            ),
            cancellationToken
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>The organiser grants (until <paramref name="untilUtc"/>, perhaps sooner than asked) or refuses with a note.</summary>
    public async Task<Outcome> DecideAsync(
        Actor actor,
        Guid requestId,
        bool grant,
        DateTime? untilUtc,
        string? note,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.ExtensionRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var challenge = request is null ? null : await LoadManagedAsync(db, actor, request.ChallengeId, cancellationToken);
        if (request is null || challenge is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        var now = UtcNow;
        Outcome decided;
        if (grant)
        {
            var granted = request.Grant(
                actor.UserId!,
                untilUtc ?? request.RequestedUntilUtc,
                note,
                challenge.SubmissionDeadlineUtc!.Value,
                JudgingOpens(challenge),
                now
            );
            if (granted.Succeeded)
            {
                db.DeadlineExtensions.Add(granted.Value);
            }

            decided = granted;
        }
        else
        {
            decided = request.Refuse(actor.UserId!, note, now);
        }

        if (!decided.Succeeded)
        {
            return decided;
        }

        await NotifyTeamAsync(db, challenge, request.TeamId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Refused(RuleCodes.ExtensionAlreadyDecided);
        }

        return Outcome.Success;
    }

    /// <summary>The actor's team's deadline for the challenge: the challenge's, any extension, and its latest request.</summary>
    public async Task<TeamDeadline?> GetTeamDeadlineAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var teamId = await ProposalStore.TeamIdOfAsync(db, actor, challengeId, cancellationToken);
        if (teamId is null)
        {
            return null;
        }

        var deadline = await db
            .Challenges.Where(c => c.Id == challengeId)
            .Select(c => c.SubmissionDeadlineUtc)
            .SingleAsync(cancellationToken);
        var extension = await db
            .DeadlineExtensions.Where(e => e.TeamId == teamId)
            .OrderByDescending(e => e.UntilUtc)
            .FirstOrDefaultAsync(cancellationToken);
        var latest = await RequestViews(db)
            .Where(r => r.Request.TeamId == teamId)
            .OrderByDescending(r => r.Request.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return new TeamDeadline(deadline, extension?.UntilUtc, extension?.Reason, latest is null ? null : ToView(latest));
    }

    // Initialised by member, not by constructor, so that queries can still filter and order on it.
    private sealed class RequestRow
    {
        public required ExtensionRequest Request { get; init; }
        public required string TeamName { get; init; }
        public required string RequestedBy { get; init; }
    }

    private static IQueryable<RequestRow> RequestViews(AppDbContext db) =>
        from r in db.ExtensionRequests
        join t in db.Teams on r.TeamId equals t.Id
        join u in db.Users on r.RequestedByUserId equals u.Id
        select new RequestRow
        {
            Request = r,
            TeamName = t.Name,
            RequestedBy = u.DisplayName,
        };

    private static ExtensionRequestView ToView(RequestRow row) =>
        new(
            row.Request.Id,
            row.Request.TeamId,
            row.TeamName,
            row.RequestedBy,
            row.Request.RequestedUntilUtc,
            row.Request.Reason,
            row.Request.CreatedAtUtc,
            row.Request.Status,
            row.Request.DecisionNote,
            row.Request.DecidedAtUtc
        );

    private async Task NotifyTeamAsync(AppDbContext db, Challenge challenge, Guid teamId, CancellationToken cancellationToken)
    {
        var members = await db.TeamMembers.Where(m => m.TeamId == teamId).Select(m => m.UserId).ToListAsync(cancellationToken);
        await notifier.AddAsync(
            db,
            new NotificationRequest(
                NotificationKind.ExtensionDecision,
                challenge.Id,
                challenge.Title,
                $"/challenges/{challenge.Id}/propose",
                members
            ),
            cancellationToken
        );
    }

    private static async Task<Challenge?> LoadManagedAsync(
        AppDbContext db,
        Actor actor,
        Guid challengeId,
        CancellationToken cancellationToken
    )
    {
        var challenge = await db
            .Challenges.AsNoTracking()
            .Include(c => c.Rounds)
            .SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        return
            challenge is not null
            && actor.UserId is not null
            && actor.ManagesSubCenter(challenge.SubCenterId)
            && challenge.SubmissionDeadlineUtc is not null
            ? challenge
            : null;
    }

    private static DateTime JudgingOpens(Challenge challenge) => challenge.Rounds.OrderBy(r => r.Number).First().JudgingOpensUtc;
}
