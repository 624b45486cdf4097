using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Teams;

/// <summary>
/// Deadline extensions: organisers extend the whole challenge (a recorded, announced amendment of its timeline) or
/// one team (recorded with a reason), and see every request and extension; every decision reaches the team. Teams'
/// requests and the decisions on them are <see cref="ExtensionRequests"/>.
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
        var challenge = await ExtensionAccess.LoadManagedAsync(db, actor, challengeId, cancellationToken);
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
            ExtensionAccess.JudgingOpens(challenge),
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
        var challenge = await ExtensionAccess.LoadManagedAsync(db, actor, challengeId, cancellationToken);
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
            ExtensionAccess.JudgingOpens(challenge),
            actor.UserId!,
            UtcNow
        );
        if (!granted.Succeeded)
        {
            return granted;
        }

        db.DeadlineExtensions.Add(granted.Value);
        await ExtensionAccess.NotifyTeamAsync(db, notifier, challenge, teamId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
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
}
