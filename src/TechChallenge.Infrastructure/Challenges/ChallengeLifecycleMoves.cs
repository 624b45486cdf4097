using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>
/// Moves a challenge through its lifecycle on behalf of a person (review, approval, publication, results, archive,
/// cancellation); the clock's moves are <see cref="ChallengeTimerJob"/>'s. Who is told follows from the move itself
/// (<see cref="ChallengeEventNotifier"/>), as it does for the clock's.
/// </summary>
public sealed class ChallengeLifecycleMoves(
    IDbContextFactory<AppDbContext> dbFactory,
    ChallengeClock challengeClock,
    ChallengeEventNotifier events,
    TimeProvider clock
)
{
    /// <summary>
    /// Moves a challenge through its lifecycle on behalf of a person: its sub-center's managers or a platform admin;
    /// the lifecycle decides who may pull which trigger. Publishing opens submissions at once when round 1 has begun.
    /// </summary>
    public async Task<Outcome> TransitionAsync(
        Actor actor,
        Guid id,
        ChallengeTrigger trigger,
        string? reason = null,
        CancellationToken cancellationToken = default
    )
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

        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = challenge.Apply(trigger, now, by, reason);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        if (trigger == ChallengeTrigger.Publish)
        {
            // Round 1 may have begun already: the clock's first step happens with the publication.
            challenge.AdvanceClock(now);
        }

        // In the same save as the move, so it is told once.
        await events.AddAsync(db, challenge, cancellationToken);
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
}
