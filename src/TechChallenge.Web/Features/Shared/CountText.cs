using Microsoft.Extensions.Localization;

namespace TechChallenge.Web.Features.Shared;

/// <summary>
/// Counted things in the viewer's language: English says "1 proposal" but "2 proposals". A counted text has its plural
/// under its key and its singular under the key with ".One"; Chinese has one form, written under both.
/// </summary>
public static class CountText
{
    /// <summary>The text with the count as its first argument ({0}); <paramref name="more"/> fills the ones after it.</summary>
    public static string Format(IStringLocalizer localizer, string key, int count, params object[] more) =>
        localizer[count == 1 ? key + ".One" : key, [count, .. more]];

    /// <summary>e.g. "9 days 23 hours left", "1 hour 5 minutes left", "3 minutes left".</summary>
    public static string TimeLeft(IStringLocalizer localizer, TimeSpan left)
    {
        string[] parts =
            left.TotalDays >= 1 ? [Format(localizer, "Count.Days", (int)left.TotalDays), Format(localizer, "Count.Hours", left.Hours)]
            : left.TotalHours >= 1
                ? [Format(localizer, "Count.Hours", (int)left.TotalHours), Format(localizer, "Count.Minutes", left.Minutes)]
            : [Format(localizer, "Count.Minutes", Math.Max(1, (int)left.TotalMinutes))];
        return localizer["Count.Left", string.Join(" ", parts)];
    }
}
