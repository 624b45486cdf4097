using Quartz;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Jobs;

/// <summary>Plans a challenge's time-based transitions as durable Quartz triggers.</summary>
public sealed class ChallengeClock(ISchedulerFactory schedulerFactory)
{
    public const string Group = "challenge-clock";

    public static TriggerKey CloseTriggerKey(Guid challengeId) => new($"close-submissions/{challengeId:N}", Group);

    /// <summary>(Re-)plans the close of submissions at the challenge's deadline, replacing any earlier plan.</summary>
    public async Task ScheduleCloseAsync(Challenge challenge, CancellationToken cancellationToken)
    {
        var deadline = challenge.SubmissionDeadlineUtc ?? throw new InvalidOperationException("A published challenge has a deadline.");
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(CloseTriggerKey(challenge.Id))
            .ForJob(CloseSubmissionsJob.Key)
            .UsingJobData(CloseSubmissionsJob.ChallengeIdKey, challenge.Id.ToString())
            .StartAt(new DateTimeOffset(deadline, TimeSpan.Zero))
            // A deadline missed while the server was down is applied as soon as it is back.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken);
    }

    public async Task<DateTimeOffset?> NextCloseAsync(Guid challengeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(CloseTriggerKey(challengeId), cancellationToken);
        return trigger?.NextFireTimeUtc;
    }
}
