using Microsoft.Extensions.Localization;

namespace TechChallenge.Web.Features.Clock;

/// <summary>
/// The scheduler's own identifiers (job names, trigger states such as WAITING, the instance id NON_CLUSTERED) in words
/// of the viewer's language, so the jobs page shows no raw code.
/// </summary>
public static class JobWords
{
    /// <summary>The instance id Quartz gives a scheduler that is not in a cluster.</summary>
    public const string NonClusteredInstance = "NON_CLUSTERED";

    public static string JobName(string name, IStringLocalizer localizer) =>
        localizer[$"Jobs.Name.{name}"] is { ResourceNotFound: false } text ? text.Value : name;

    /// <summary>A trigger's state as Quartz stores it (WAITING, ACQUIRED, PAUSED_BLOCKED …).</summary>
    public static string TriggerState(string state, IStringLocalizer localizer) =>
        localizer[$"Jobs.TriggerState.{state}"] is { ResourceNotFound: false } text
            ? text.Value
            : localizer["Jobs.TriggerState.Other", state].Value;

    public static string Instance(string instanceId, IStringLocalizer localizer) =>
        instanceId == NonClusteredInstance ? localizer["Jobs.ThisServer"].Value : instanceId;
}
