using System.Globalization;
using System.Text.RegularExpressions;
using Quartz;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>
/// One planned trigger of a challenge, as the dashboard and the organiser's timeline show it: a milestone, or a
/// reminder (audience and minutes before the deadline).
/// </summary>
public sealed record PlannedFire(
    TriggerKey Key,
    int Round,
    MilestoneKind? Milestone,
    ReminderAudience? Audience,
    int? OffsetMinutes,
    DateTimeOffset? NextFireUtc
)
{
    public bool IsReminder => Audience is not null;

    private static readonly Regex Name = new(
        @"^r(?<round>\d+)/(?:remind-(?<audience>[A-Za-z]+)/(?<minutes>\d+)min|(?<milestone>[A-Za-z]+))$",
        RegexOptions.CultureInvariant
    );

    /// <summary>
    /// Reads what a challenge trigger is for from its key (see <see cref="ChallengeClock.MilestoneKey"/>); null for other triggers.
    /// </summary>
    public static PlannedFire? FromKey(TriggerKey key, DateTimeOffset? nextFireUtc)
    {
        if (ChallengeClock.ChallengeOf(key) is null || Name.Match(key.Name) is not { Success: true } match)
        {
            return null;
        }

        var round = int.Parse(match.Groups["round"].Value, CultureInfo.InvariantCulture);
        return match.Groups["milestone"].Success
            ? Enum.TryParse<MilestoneKind>(match.Groups["milestone"].Value, out var milestone)
                ? new PlannedFire(key, round, milestone, null, null, nextFireUtc)
                : null
            : Enum.TryParse<ReminderAudience>(match.Groups["audience"].Value, out var audience)
                ? new PlannedFire(
                    key,
                    round,
                    null,
                    audience,
                    int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture),
                    nextFireUtc
                )
                : null;
    }
}
