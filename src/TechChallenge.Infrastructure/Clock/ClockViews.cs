using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>The scheduler as the admins' dashboard shows it; <see cref="Status"/> is the scheduler's state by name.</summary>
public sealed record SchedulerSummary(
    string Name,
    string InstanceId,
    string Status,
    bool Clustered,
    bool Paused,
    IReadOnlyList<ClusterNodeView> Nodes,
    IReadOnlyList<RunningJob> Running
);

public sealed record ClusterNodeView(string InstanceId, bool IsCurrentNode, string State, DateTime? LastCheckInUtc);

public sealed record RunningJob(
    string JobName,
    string TriggerName,
    string TriggerGroup,
    string InstanceId,
    DateTime FiredUtc,
    DateTime? ScheduledFireUtc
);

/// <summary>A planned trigger; <see cref="Step"/> says what it does when it belongs to a challenge.</summary>
public sealed record ScheduledTrigger(
    string TriggerName,
    string TriggerGroup,
    string JobName,
    string JobGroup,
    PlannedStep? Step,
    Guid? ChallengeId,
    string? ChallengeTitle,
    DateTime? NextFireUtc,
    DateTime? PreviousFireUtc,
    string State
);

public sealed record JobRunView(
    Guid Id,
    string JobName,
    string TriggerName,
    Guid? ChallengeId,
    string InstanceId,
    DateTime? ScheduledFireUtc,
    DateTime FiredUtc,
    DateTime FinishedUtc,
    bool Succeeded,
    string? Result,
    string? Error
);

/// <summary>
/// One step the clock has planned for a challenge: a milestone of a round, or a reminder to an audience
/// <see cref="OffsetMinutes"/> before it. <see cref="Name"/> is the step's own name, shown when neither applies.
/// </summary>
public sealed record PlannedStep(
    string Name,
    int Round,
    MilestoneKind? Milestone,
    ReminderAudience? Audience,
    int? OffsetMinutes,
    DateTime? NextFireUtc
)
{
    public bool IsReminder => Audience is not null;
}
