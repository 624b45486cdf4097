namespace TechChallenge.Domain.Challenges;

/// <summary>How long before each deadline reminders go out.</summary>
public sealed record ReminderOffsets(IReadOnlyList<TimeSpan> Solvers, IReadOnlyList<TimeSpan> Judges)
{
    public static ReminderOffsets Default { get; } =
        new([TimeSpan.FromHours(72), TimeSpan.FromHours(24), TimeSpan.FromHours(1)], [TimeSpan.FromHours(72), TimeSpan.FromHours(24)]);

    public IReadOnlyList<TimeSpan> For(ReminderAudience audience) => audience == ReminderAudience.Solvers ? Solvers : Judges;
}
