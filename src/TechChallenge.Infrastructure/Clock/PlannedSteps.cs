using Microsoft.EntityFrameworkCore;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>
/// What the clock has planned for a challenge, read back from the scheduler's store, for the people who manage it:
/// pages see plain steps, never the scheduler's own types.
/// </summary>
public sealed class PlannedSteps(ChallengeClock clock, IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The challenge's planned steps, soonest first; none for someone who does not manage its sub-center.</summary>
    public async Task<IReadOnlyList<PlannedStep>> ForChallengeAsync(
        Actor actor,
        Guid challengeId,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subCenterIds = await db
            .Challenges.IgnoreAutoIncludes()
            .Where(c => c.Id == challengeId)
            .Select(c => c.SubCenterId)
            .ToListAsync(cancellationToken);
        if (subCenterIds is not [var subCenterId] || !actor.ManagesSubCenter(subCenterId))
        {
            return [];
        }

        return (await clock.PlannedAsync(challengeId, cancellationToken)).Select(Of).ToList();
    }

    internal static PlannedStep Of(PlannedFire fire) =>
        new(fire.Key.Name, fire.Round, fire.Milestone, fire.Audience, fire.OffsetMinutes, fire.NextFireUtc?.UtcDateTime);
}
