namespace TechChallenge.Domain.Challenges;

/// <summary>
/// Where a challenge stands. The order is the lifecycle's order: draft → submitted for review → (returned | approved)
/// → published → submissions open → submissions closed → judging → results published → archived, or cancelled.
/// </summary>
public enum ChallengeStatus
{
    Draft,
    SubmittedForReview,
    ReturnedForChanges,
    Approved,
    Published,
    SubmissionsOpen,
    SubmissionsClosed,
    Judging,
    ResultsPublished,
    Archived,
    Cancelled,
}

/// <summary>What asks the lifecycle to move. Time-based triggers come from the scheduled jobs.</summary>
public enum ChallengeTrigger
{
    SubmitForReview,
    ReturnForChanges,
    Approve,
    Publish,
    OpenSubmissions,
    CloseSubmissions,
    StartJudging,
    PublishResults,
    Archive,
    Cancel,
}

/// <summary>Who asks for a transition, as far as the lifecycle rules care.</summary>
public enum LifecycleRole
{
    /// <summary>The competition clock (a scheduled job).</summary>
    Scheduler,

    /// <summary>A manager of the challenge's own sub-center.</summary>
    Manager,

    /// <summary>A platform administrator, who reviews and approves challenges.</summary>
    PlatformAdmin,
}

/// <summary>The user (null for the scheduler) and role behind a transition.</summary>
public readonly record struct LifecycleActor(string? UserId, LifecycleRole Role)
{
    public static LifecycleActor Scheduler { get; } = new(null, LifecycleRole.Scheduler);

    public static LifecycleActor Manager(string userId) => new(userId, LifecycleRole.Manager);

    public static LifecycleActor Admin(string userId) => new(userId, LifecycleRole.PlatformAdmin);
}

/// <summary>
/// Ideation asks for a concept; theoretical challenges also for supporting data or literature; reduction to practice
/// for evidence of a working result.
/// </summary>
public enum ChallengeType
{
    Ideation,
    Theoretical,
    ReductionToPractice,
}

/// <summary>A part of a proposal that the challenge's type asks for.</summary>
public enum DeliverableKind
{
    Concept,
    SupportingEvidence,
    WorkingResult,
}

public static class ChallengeTypes
{
    /// <summary>The deliverables the submission form asks for, in the order it asks.</summary>
    public static IReadOnlyList<DeliverableKind> RequiredDeliverables(ChallengeType type) => type switch
    {
        ChallengeType.Ideation => [DeliverableKind.Concept],
        ChallengeType.Theoretical => [DeliverableKind.Concept, DeliverableKind.SupportingEvidence],
        ChallengeType.ReductionToPractice => [DeliverableKind.WorkingResult],
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
