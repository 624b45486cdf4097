using Quartz;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Jobs;

/// <summary>Plans a challenge's time-based transitions as durable Quartz triggers.</summary>
public sealed class ChallengeClock(ISchedulerFactory schedulerFactory)
{
    public const string Group = "challenge-clock";

    public static TriggerKey OpenTriggerKey(Guid challengeId) => new($"open-submissions/{challengeId:N}", Group);

    public static TriggerKey CloseTriggerKey(Guid challengeId) => new($"close-submissions/{challengeId:N}", Group);

    /// <summary>
    /// (Re-)plans what is still ahead for the challenge, replacing any earlier plan: the opening of submissions while it
    /// is published but not yet open, and their close until they are closed. A cancelled challenge loses its plan.
    /// </summary>
    public async Task PlanAsync(Challenge challenge, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        if (challenge.Status == ChallengeStatus.Published && challenge.SubmissionOpensUtc is { } opens)
        {
            await scheduler.ScheduleTrigger(Build(challenge.Id, OpenTriggerKey(challenge.Id), ChallengeTrigger.OpenSubmissions, opens), TriggerConflict.Replace, cancellationToken);
        }
        else
        {
            await scheduler.UnscheduleJob(OpenTriggerKey(challenge.Id), cancellationToken);
        }

        if (challenge.Status is ChallengeStatus.Published or ChallengeStatus.SubmissionsOpen && challenge.SubmissionDeadlineUtc is { } deadline)
        {
            await scheduler.ScheduleTrigger(Build(challenge.Id, CloseTriggerKey(challenge.Id), ChallengeTrigger.CloseSubmissions, deadline), TriggerConflict.Replace, cancellationToken);
        }
        else
        {
            await scheduler.UnscheduleJob(CloseTriggerKey(challenge.Id), cancellationToken);
        }
    }

    /// <summary>A trigger for one transition of one challenge, as the timer job reads it.</summary>
    public static ITrigger Build(Guid challengeId, TriggerKey key, ChallengeTrigger transition, DateTime atUtc) =>
        TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(ChallengeTimerJob.Key)
            .UsingJobData(ChallengeTimerJob.ChallengeIdKey, challengeId.ToString())
            .UsingJobData(ChallengeTimerJob.TriggerKey, transition.ToString())
            .StartAt(new DateTimeOffset(atUtc, TimeSpan.Zero))
            // A time missed while the server was down is applied as soon as it is back.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    /// <summary>When the challenge's next planned transition fires, if any.</summary>
    public async Task<DateTimeOffset?> NextTransitionAsync(Guid challengeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var open = await scheduler.GetTrigger(OpenTriggerKey(challengeId), cancellationToken);
        var close = await scheduler.GetTrigger(CloseTriggerKey(challengeId), cancellationToken);
        return new[] { open?.NextFireTimeUtc, close?.NextFireTimeUtc }.Where(t => t is not null).Min();
    }
}
