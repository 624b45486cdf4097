namespace TechChallenge.Domain.Challenges;

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
