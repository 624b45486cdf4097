using Microsoft.Extensions.Localization;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;

namespace TechChallenge.Web.Features.Shared;

/// <summary>Turns a refused rule into a message in the viewer's language; times in it are shown in the viewer's zone.</summary>
public sealed class RuleMessages(IStringLocalizer<SharedResource> localizer, UserTime userTime)
{
    public string Describe(RuleViolation violation)
    {
        var template = localizer["Rule." + violation.Code];
        var arguments = violation
            .Arguments.Select(a =>
                a switch
                {
                    DateTime time => userTime.Format(time),
                    ChallengeStatus status => localizer["Status." + status].Value,
                    ChallengeTrigger trigger => localizer["Trigger." + trigger].Value,
                    _ => a,
                }
            )
            .ToArray();
        return template.ResourceNotFound ? violation.ToString() : string.Format(template.Value, arguments);
    }
}
