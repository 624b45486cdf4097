namespace TechChallenge.Infrastructure.Seeding;

/// <summary>
/// When a demo challenge was created, opens and closes, in days from the day the demo data is loaded (China time;
/// negative is before it). Each step happens at a fixed hour of its day, so a step on an earlier day is in the past and
/// one on a later day in the future at whatever hour the data is loaded; day 0 is not allowed for that reason.
/// </summary>
public sealed record DemoTimeline(int Created, int Opens, int Closes, int JudgingDays = 14)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The UTC time of <paramref name="hour"/>:<paramref name="minute"/> China time, <paramref name="days"/> from the
    /// load day.</summary>
    public static DateTime At(DateTime loadedUtc, int days, int hour, int minute = 0)
    {
        if (days == 0)
        {
            throw new InvalidOperationException("A demo date must be before or after the load day, not on it.");
        }

        var loadDay = (loadedUtc + ChinaOffset).Date;
        return DateTime.SpecifyKind(loadDay.AddDays(days).AddHours(hour).AddMinutes(minute) - ChinaOffset, DateTimeKind.Utc);
    }

    public DateTime CreatedUtc(DateTime loadedUtc) => At(loadedUtc, Created, 10);

    /// <summary>Submissions open at 09:00 China time.</summary>
    public DateTime OpensUtc(DateTime loadedUtc) => At(loadedUtc, Opens, 9);

    /// <summary>Submissions close at 17:00 China time.</summary>
    public DateTime ClosesUtc(DateTime loadedUtc) => At(loadedUtc, Closes, 17);

    /// <summary>
    /// Judging opens at 09:00 the next morning: the night between is when an organiser can still give a team that
    /// asked more time, as sub-centers do, so the demo shows the extension form.
    /// </summary>
    public DateTime JudgingOpensUtc(DateTime loadedUtc) => At(loadedUtc, Closes + 1, 9);

    public DateTime JudgingClosesUtc(DateTime loadedUtc) => At(loadedUtc, Closes + JudgingDays, 17);
}
