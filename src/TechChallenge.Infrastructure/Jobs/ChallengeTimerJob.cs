using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;

namespace TechChallenge.Infrastructure.Jobs;

/// <summary>
/// Fires at a challenge's time-based transitions: at round 1's opening it opens submissions; at its deadline it closes
/// them and opens judging. The lifecycle decides; the job only asks it, so running twice, late, or after a restart
/// leaves the same state as running once on time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ChallengeTimerJob(
    IDbContextFactory<AppDbContext> dbFactory,
    Notifier notifier,
    TimeProvider clock,
    ILogger<ChallengeTimerJob> logger) : IJob
{
    public const string ChallengeIdKey = "challengeId";
    public const string TriggerKey = "trigger";

    public static readonly JobKey Key = new("challenge-timer", ChallengeClock.Group);

    private static readonly TimeSpan EarlyFireTolerance = TimeSpan.FromSeconds(5);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.MergedJobDataMap.GetString(ChallengeIdKey), out var challengeId)
            || !Enum.TryParse<ChallengeTrigger>(context.MergedJobDataMap.GetString(TriggerKey), out var trigger)
            || trigger is not (ChallengeTrigger.OpenSubmissions or ChallengeTrigger.CloseSubmissions))
        {
            logger.LogError("Challenge timer {Trigger} has no valid challenge id or transition", context.Trigger.Key);
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null)
        {
            logger.LogWarning("Challenge {ChallengeId} no longer exists; nothing to do", challengeId);
            return;
        }

        var due = trigger == ChallengeTrigger.OpenSubmissions ? challenge.SubmissionOpensUtc : challenge.SubmissionDeadlineUtc;
        var now = await WaitOutEarlyFireAsync(due, cancellationToken);
        var (from, reason) = trigger == ChallengeTrigger.OpenSubmissions
            ? (ChallengeStatus.Published, "Submission window opened")
            : (ChallengeStatus.SubmissionsOpen, "Submission deadline reached");
        if (challenge.Status == from)
        {
            var moved = challenge.Apply(trigger, now, LifecycleActor.Scheduler, reason);
            if (!moved.Succeeded)
            {
                logger.LogInformation("Challenge {ChallengeId}: {Trigger} refused: {Violation}", challengeId, trigger, moved.Violation);
                return;
            }
        }

        if (trigger == ChallengeTrigger.CloseSubmissions && challenge.Status == ChallengeStatus.SubmissionsClosed)
        {
            challenge.Apply(ChallengeTrigger.StartJudging, now, LifecycleActor.Scheduler, "Judging opens when submissions close");

            // Told in the same save as the close, so only the run that closed it tells: a repeated run finds it
            // judging already and tells nobody again.
            var audience = await db.ChallengeFollows.Where(f => f.ChallengeId == challengeId).Select(f => f.UserId)
                .Union(db.ChallengeRegistrations.Where(r => r.ChallengeId == challengeId).Select(r => r.UserId))
                .Union(db.Proposals.Where(p => p.ChallengeId == challengeId).Select(p => p.SolverUserId))
                .ToListAsync(cancellationToken);
            await notifier.AddAsync(db, new NotificationRequest(NotificationKind.SubmissionsClosed, challengeId, challenge.Title, $"/challenges/{challengeId}", audience), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Challenge {ChallengeId} is now {Status}", challengeId, challenge.Status);
    }

    /// <summary>
    /// Quartz may fire a trigger a few milliseconds before its time; the lifecycle would rightly refuse to move early,
    /// and nothing would fire again. Wait out such a small gap instead, until the wall clock itself says so.
    /// </summary>
    private async Task<DateTime> WaitOutEarlyFireAsync(DateTime? due, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (due is { } time && time > now && time - now <= EarlyFireTolerance)
        {
            while (now < time)
            {
                await Task.Delay(time - now + TimeSpan.FromMilliseconds(1), clock, cancellationToken);
                now = clock.GetUtcNow().UtcDateTime;
            }
        }

        return now;
    }
}
