using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Teams;

/// <summary>
/// Teams ask for a deadline extension and the organisers grant or refuse it; the organisers are told of each request,
/// the team of each decision. The organisers' own extensions are <see cref="ExtensionService"/>.
/// </summary>
public sealed class ExtensionRequests(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

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
            ExtensionAccess.JudgingOpens(challenge),
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
        var challenge = request is null ? null : await ExtensionAccess.LoadManagedAsync(db, actor, request.ChallengeId, cancellationToken);
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
                ExtensionAccess.JudgingOpens(challenge),
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

        await ExtensionAccess.NotifyTeamAsync(db, notifier, challenge, request.TeamId, cancellationToken);
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
}
