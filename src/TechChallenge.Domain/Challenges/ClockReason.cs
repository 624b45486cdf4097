using System.Globalization;
using System.Text.RegularExpressions;

namespace TechChallenge.Domain.Challenges;

/// <summary>
/// The reason the clock records on each move it makes, e.g. "SubmissionsOpen of round 1". It is stored with the
/// challenge's history, so its wording never changes; pages read it back with <see cref="TryRead"/> and say it in the
/// viewer's language.
/// </summary>
public static partial class ClockReason
{
    public static string For(Milestone milestone) =>
        string.Create(CultureInfo.InvariantCulture, $"{milestone.Kind} of round {milestone.Round}");

    /// <summary>The milestone a stored reason names; false for a reason a person wrote.</summary>
    public static bool TryRead(string? reason, out MilestoneKind kind, out int round)
    {
        (kind, round) = (default, 0);
        var match = reason is null ? null : Pattern().Match(reason);
        return match is { Success: true }
            && Enum.TryParse(match.Groups["kind"].Value, ignoreCase: false, out kind)
            && Enum.IsDefined(kind)
            && int.TryParse(match.Groups["round"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out round);
    }

    [GeneratedRegex("^(?<kind>[A-Za-z]+) of round (?<round>[0-9]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
