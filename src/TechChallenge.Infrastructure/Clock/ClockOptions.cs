using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>Section "Clock": how many jobs run at once, and how long before each deadline reminders go out, in hours.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>
    /// Jobs one scheduler runs at once, and triggers it takes from the store together; Quartz's default of 10. More did
    /// not make same-instant bursts faster in the clock bench (bench/README.md), so it is a knob, not a new default.
    /// </summary>
    public int SchedulerThreads { get; set; } = 10;

    // Null rather than the defaults: the configuration binder appends to an array that already has items.

    /// <summary>Hours before the submission deadline; 72, 24 and 1 when not set.</summary>
    public double[]? SolverReminderHours { get; set; }

    /// <summary>Hours before judging closes; 72 and 24 when not set.</summary>
    public double[]? JudgeReminderHours { get; set; }

    public ReminderOffsets Offsets =>
        new(
            SolverReminderHours is { Length: > 0 } solvers ? [.. solvers.Select(TimeSpan.FromHours)] : ReminderOffsets.Default.Solvers,
            JudgeReminderHours is { Length: > 0 } judges ? [.. judges.Select(TimeSpan.FromHours)] : ReminderOffsets.Default.Judges
        );
}
