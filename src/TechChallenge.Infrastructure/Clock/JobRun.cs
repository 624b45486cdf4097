using System.Text.Json;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>
/// One finished run of a scheduled job, on whichever node ran it: what Quartz itself forgets once a trigger is done,
/// kept for the jobs dashboard (completed and failed runs, last result and error, retry with the same data).
/// </summary>
public sealed class JobRun
{
    public const int MaxResultLength = 1000;
    public const int MaxErrorLength = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string JobName { get; init; }
    public required string JobGroup { get; init; }
    public required string TriggerName { get; init; }
    public required string TriggerGroup { get; init; }
    public Guid? ChallengeId { get; init; }
    public required string InstanceId { get; init; }
    public DateTime? ScheduledFireUtc { get; init; }
    public DateTime FiredUtc { get; init; }
    public DateTime FinishedUtc { get; init; }
    public bool Succeeded { get; init; }
    public string? Result { get; init; }
    public string? Error { get; init; }

    /// <summary>The run's job data as JSON (string values), so that a failed run can be retried as it was.</summary>
    public required string JobDataJson { get; init; }

    public IDictionary<string, string> ReadJobData() => JsonSerializer.Deserialize<Dictionary<string, string>>(JobDataJson) ?? [];
}
