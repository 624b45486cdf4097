using Microsoft.AspNetCore.Components;
using MudBlazor;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Features.Shared;

/// <summary>
/// A page or section that calls services. Every call goes through <see cref="RunAsync"/>: as the signed-in person,
/// one at a time, and its answer is shown the same way everywhere — the rule message in the viewer's language when
/// the call is refused, the success text (when there is one) as a notification.
/// </summary>
public abstract class ServiceComponent : ComponentBase
{
    [Inject]
    private CurrentUser Caller { get; set; } = default!;

    [Inject]
    private RuleMessages RuleText { get; set; } = default!;

    [Inject]
    private Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    [Inject]
    private ISnackbar Toasts { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <summary>True while a call runs; the page's buttons are disabled meanwhile.</summary>
    protected bool Busy { get; private set; }

    /// <summary>Why the last call was refused, in the viewer's language; null once one succeeded.</summary>
    protected string? Error { get; set; }

    /// <summary>The signed-in person, for the calls a page makes outside <see cref="RunAsync"/> (loading).</summary>
    protected Task<Actor> ActorAsync() => Caller.GetAsync();

    protected string Describe(RuleViolation violation) => RuleText.Describe(violation);

    /// <summary>Shows why <paramref name="outcome"/> was refused, or clears the message; true when it succeeded.</summary>
    protected bool Show(Outcome outcome)
    {
        Error = outcome.Succeeded ? null : RuleText.Describe(outcome.Violation!);
        return outcome.Succeeded;
    }

    /// <summary>
    /// Runs one service call as the signed-in person and shows its answer; then <paramref name="reload"/>, whatever the
    /// answer, so the page shows what the server now holds. Null when another call is still running (nothing is done).
    /// </summary>
    protected async Task<TOutcome?> RunAsync<TOutcome>(Func<Actor, Task<TOutcome>> call, string? success = null, Func<Task>? reload = null)
        where TOutcome : Outcome
    {
        if (Busy)
        {
            return null;
        }

        Busy = true;
        try
        {
            var outcome = await call(await Caller.GetAsync());
            if (Show(outcome) && success is not null)
            {
                Toasts.Add(success, Severity.Success);
            }

            if (reload is not null)
            {
                await reload();
            }

            return outcome;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>
    /// Asks before an action that cannot be undone (submit, publish, withdraw …): true when the person confirmed.
    /// The question names the action and its consequence; the confirming button repeats the action's own name.
    /// </summary>
    protected async Task<bool> ConfirmAsync(string title, string question, string action)
    {
        var answer = await Dialogs.ShowMessageBoxAsync(
            new MessageBoxOptions
            {
                Title = title,
                Message = question,
                YesText = action,
                CancelText = Localizer["Common.Cancel"],
            },
            new DialogOptions
            {
                CloseOnEscapeKey = true,
                MaxWidth = MaxWidth.Small,
                FullWidth = true,
            }
        );
        return answer == true;
    }
}
