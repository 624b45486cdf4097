using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>Who may see what of a challenge: the one place the services ask.</summary>
internal static class ChallengeAccess
{
    /// <summary>Drafts and challenges under review are seen by their sub-center and the platform admins only.</summary>
    public static bool CanSee(Actor actor, Challenge challenge) =>
        challenge.IsPubliclyVisible || actor.ManagesSubCenter(challenge.SubCenterId);

    /// <summary>The lifecycle role the actor has for this challenge, or null when they may not move it at all.</summary>
    public static LifecycleActor? LifecycleActorFor(Actor actor, Guid subCenterId) =>
        actor.UserId is null ? null
        : actor.IsAdmin ? LifecycleActor.Admin(actor.UserId)
        : actor.ManagesSubCenter(subCenterId) ? LifecycleActor.Manager(actor.UserId)
        : null;

    /// <summary>
    /// Everything about the viewer's relation to the challenge. Confidential details are for its sub-center, the
    /// admins, its judges and solvers who accepted the terms.
    /// </summary>
    public static async Task<ChallengeViewer> ViewerAsync(
        AppDbContext db,
        Actor actor,
        Challenge challenge,
        CancellationToken cancellationToken
    )
    {
        var manages = actor.ManagesSubCenter(challenge.SubCenterId);
        if (actor.UserId is not { } userId)
        {
            return new ChallengeViewer(false, false, false, false, false, null, !challenge.IsConfidential);
        }

        var registration = await db
            .ChallengeRegistrations.AsNoTracking()
            .Where(r => r.ChallengeId == challenge.Id && r.UserId == userId)
            .Select(r => new { r.TermsAcceptedAtUtc })
            .SingleOrDefaultAsync(cancellationToken);
        var following = await db.ChallengeFollows.AnyAsync(f => f.ChallengeId == challenge.Id && f.UserId == userId, cancellationToken);
        var judges =
            challenge.IsConfidential
            && await db.JudgeAssignments.AnyAsync(j => j.ChallengeId == challenge.Id && j.JudgeUserId == userId, cancellationToken);
        var canSeeDetails = !challenge.IsConfidential || manages || judges || registration?.TermsAcceptedAtUtc is not null;
        return new ChallengeViewer(
            manages,
            actor.IsAdmin,
            actor.IsInRole(Roles.Solver),
            following,
            registration is not null,
            registration?.TermsAcceptedAtUtc,
            canSeeDetails
        );
    }

    /// <summary>The challenge, if the actor may see it (<see cref="CanSee"/>); otherwise null, as if it did not exist.</summary>
    public static async Task<Challenge?> VisibleAsync(AppDbContext db, Actor actor, Guid challengeId, CancellationToken cancellationToken)
    {
        var challenge = await db
            .Challenges.AsNoTracking()
            .IgnoreAutoIncludes()
            .SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        return challenge is not null && CanSee(actor, challenge) ? challenge : null;
    }
}
