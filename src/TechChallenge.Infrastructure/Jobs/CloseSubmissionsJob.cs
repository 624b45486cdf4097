using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Jobs;

/// <summary>
/// Fires at a challenge's submission deadline: closes submissions and opens judging. The lifecycle decides; the job
/// only asks it, so running twice, late, or after a restart leaves the same state as running once on time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CloseSubmissionsJob(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    ILogger<CloseSubmissionsJob> logger) : IJob
{
    public const string ChallengeIdKey = "challengeId";

    public static readonly JobKey Key = new("close-submissions", ChallengeClock.Group);

    private static readonly TimeSpan EarlyFireTolerance = TimeSpan.FromSeconds(5);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.MergedJobDataMap.GetString(ChallengeIdKey), out var challengeId))
        {
            logger.LogError("Close-submissions trigger {Trigger} has no challenge id", context.Trigger.Key);
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null)
        {
            logger.LogWarning("Challenge {ChallengeId} no longer exists; nothing to close", challengeId);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // Quartz may fire a trigger a few milliseconds before its time; the lifecycle would rightly refuse to close
        // early, and nothing would fire again. Wait out such a small gap instead.
        if (challenge.SubmissionDeadlineUtc is { } deadline && deadline > now && deadline - now <= EarlyFireTolerance)
        {
            // Timers and the wall clock disagree by fractions of a millisecond: wait until the clock itself says so.
            while (now < deadline)
            {
                await Task.Delay(deadline - now + TimeSpan.FromMilliseconds(1), clock, cancellationToken);
                now = clock.GetUtcNow().UtcDateTime;
            }
        }

        if (challenge.Status == ChallengeStatus.SubmissionsOpen)
        {
            var closed = challenge.Apply(ChallengeTrigger.CloseSubmissions, now, actorUserId: null, "Submission deadline reached");
            if (!closed.Succeeded)
            {
                logger.LogInformation("Challenge {ChallengeId} not closed: {Violation}", challengeId, closed.Violation);
                return;
            }
        }

        if (challenge.Status == ChallengeStatus.SubmissionsClosed)
        {
            challenge.Apply(ChallengeTrigger.StartJudging, now, actorUserId: null, "Judging opens when submissions close");
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Challenge {ChallengeId} is now {Status}", challengeId, challenge.Status);
    }
}
