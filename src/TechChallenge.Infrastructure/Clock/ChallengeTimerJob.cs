using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>
/// Fires at a challenge's milestones and asks the domain to apply everything due (<see cref="Challenge.AdvanceClock"/>),
/// so running twice, late, out of order or after a restart leaves the same state as running once on time. Runs for
/// different challenges go in parallel; two runs for one challenge are kept apart by its concurrency token.
/// </summary>
public sealed class ChallengeTimerJob(
    IDbContextFactory<AppDbContext> dbFactory,
    ChallengeEventNotifier events,
    ChallengeClock challengeClock,
    TimeProvider clock,
    ILogger<ChallengeTimerJob> logger
) : IJob
{
    public static readonly JobKey Key = new("challenge-timer", ChallengeClock.Group);

    private static readonly TimeSpan EarlyFireTolerance = TimeSpan.FromSeconds(5);

    private const int Attempts = 3;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (JobData.ChallengeId(context.MergedJobDataMap) is not { } challengeId)
        {
            throw new JobExecutionException($"Challenge timer {context.Trigger.Key} has no valid challenge id");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                context.Result = await AdvanceAsync(challengeId, context.Trigger.Key, cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another run (another milestone at the same time, or another node) saved first; look again.
            }
        }
    }

    private async Task<string> AdvanceAsync(Guid challengeId, TriggerKey firing, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null)
        {
            return $"Challenge {challengeId} no longer exists";
        }

        var now = await WaitOutEarlyFireAsync(challenge.PendingMilestones().FirstOrDefault()?.AtUtc, cancellationToken);
        var steps = challenge.AdvanceClock(now);
        if (steps.Count == 0)
        {
            return $"Nothing due; challenge is {challenge.Status}";
        }

        // Told in the same save as the step itself, so only the run that applied it tells: a repeated run finds it
        // applied already and tells nobody again.
        await events.AddAsync(db, challenge, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await challengeClock.ForgetAsync(challengeId, steps.Select(s => s.Milestone), firing, cancellationToken);

        var summary = string.Join(", ", steps.Select(s => $"round {s.Milestone.Round} {s.Milestone.Kind}"));
        logger.LogInformation("Challenge {ChallengeId}: applied {Steps}; now {Status}", challengeId, summary, challenge.Status);
        return $"Applied {summary}; challenge is {challenge.Status}";
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
