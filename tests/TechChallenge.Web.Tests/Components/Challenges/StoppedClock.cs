namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>A clock that always says the same time, so that a rendered countdown is known in advance.</summary>
internal sealed class StoppedClock(DateTime nowUtc) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(nowUtc, TimeSpan.Zero);
}
