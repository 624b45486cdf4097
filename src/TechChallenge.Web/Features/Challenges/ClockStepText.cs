using System.Globalization;
using Microsoft.Extensions.Localization;
using TechChallenge.Infrastructure.Clock;

namespace TechChallenge.Web.Features.Challenges;

/// <summary>What a planned clock step does, in the viewer's language.</summary>
public static class ClockStepText
{
    public static string Describe(PlannedStep step, IStringLocalizer localizer) =>
        step switch
        {
            { Milestone: { } milestone } => localizer[$"Clock.Step.{milestone}", step.Round],
            { Audience: { } audience, OffsetMinutes: { } minutes } => localizer[
                $"Clock.Reminder.{audience}",
                step.Round,
                (minutes / 60d).ToString("0.#", CultureInfo.CurrentCulture)
            ],
            _ => step.Name,
        };
}
