namespace TechChallenge.Domain.Challenges;

/// <summary>The user (null for the scheduler) and role behind a transition.</summary>
public readonly record struct LifecycleActor(string? UserId, LifecycleRole Role)
{
    public static LifecycleActor Scheduler { get; } = new(null, LifecycleRole.Scheduler);

    public static LifecycleActor Manager(string userId) => new(userId, LifecycleRole.Manager);

    public static LifecycleActor Admin(string userId) => new(userId, LifecycleRole.PlatformAdmin);
}
