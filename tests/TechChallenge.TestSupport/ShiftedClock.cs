namespace TechChallenge.TestSupport;

/// <summary>The system's clock moved to start at <paramref name="startUtc"/>: it ticks on from there.</summary>
public sealed class ShiftedClock(DateTime startUtc) : TimeProvider
{
    private readonly TimeSpan shift = startUtc - TimeProvider.System.GetUtcNow().UtcDateTime;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + shift;
}
