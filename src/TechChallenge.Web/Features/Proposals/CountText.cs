using Microsoft.Extensions.Localization;

namespace TechChallenge.Web.Features.Proposals;

/// <summary>
/// Counts and amounts in words: English needs "1 day" but "2 days", so every counted text has a ".One" and an ".Other"
/// resource (the Chinese ones are the same); file sizes never read "0 KB".
/// </summary>
public static class CountText
{
    private const long Kilobyte = 1024;
    private const long Megabyte = 1024 * 1024;

    /// <summary><paramref name="key"/>.One for exactly one, <paramref name="key"/>.Other for any other count.</summary>
    public static string Of(IStringLocalizer localizer, string key, long count) =>
        localizer[$"{key}.{(count == 1 ? "One" : "Other")}", count];

    /// <summary>e.g. "9 days 23 hours left", "1 hour 5 minutes left", "3 minutes left".</summary>
    public static string TimeLeft(IStringLocalizer localizer, TimeSpan left)
    {
        var parts =
            left.TotalDays >= 1 ? [Of(localizer, "Count.Days", (long)left.TotalDays), Of(localizer, "Count.Hours", left.Hours)]
            : left.TotalHours >= 1 ? [Of(localizer, "Count.Hours", (long)left.TotalHours), Of(localizer, "Count.Minutes", left.Minutes)]
            : new[] { Of(localizer, "Count.Minutes", Math.Max(1, (long)left.TotalMinutes)) };
        return localizer["Count.Left", string.Join(" ", parts)];
    }

    /// <summary>A file's size: bytes under a kilobyte, then KB or MB with one decimal while it says something.</summary>
    public static string FileSize(IStringLocalizer localizer, long bytes) =>
        bytes switch
        {
            < Kilobyte => Of(localizer, "Count.Bytes", bytes),
            < Megabyte => localizer["Count.Kilobytes", Round(bytes / (double)Kilobyte)],
            _ => localizer["Count.Megabytes", Round(bytes / (double)Megabyte)],
        };

    private static string Round(double amount) =>
        amount.ToString(amount < 10 ? "0.#" : "0", System.Globalization.CultureInfo.CurrentCulture);
}
