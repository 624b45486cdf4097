using Microsoft.Extensions.Localization;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Challenges;

namespace TechChallenge.Web.Features.Challenges;

/// <summary>
/// A history step's reason in the viewer's language: the clock's stored milestone ("SubmissionsOpen of round 1") is
/// said in words; what a person wrote (a review comment, a cancellation reason) is shown as written.
/// </summary>
public static class TransitionText
{
    public static string? Reason(string? reason, IStringLocalizer localizer) =>
        ClockReason.TryRead(reason, out var kind, out var round)
            ? localizer["History.OnSchedule", localizer[$"Clock.Step.{kind}", round].Value]
            : reason;

    /// <summary>The history with each reason as the viewer reads it; what is stored is left as it is.</summary>
    public static IReadOnlyList<TransitionView> Readable(IEnumerable<TransitionView> history, IStringLocalizer localizer) =>
        history.Select(step => step with { Reason = Reason(step.Reason, localizer) }).ToList();
}
