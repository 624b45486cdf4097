using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>
/// The judging components on the real services of <see cref="JudgingApp"/>, signed in as one of its people, rendered
/// with MudBlazor's providers kept at hand to pick from a select's list and to answer a confirmation.
/// </summary>
public abstract class JudgingComponentTest : AppComponentTest
{
    protected JudgingComponentTest(JudgingApp app, string culture = "en-US")
        : base(culture)
    {
        App = app;
        UseApp(app.App);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected JudgingApp App { get; }

    private IRenderedComponent<MudPopoverProvider>? popovers;
    private IRenderedComponent<MudDialogProvider>? dialogs;

    /// <summary>Signs <paramref name="actor"/> in with every claim the app's sign-in gives (roles, sub-center, organisation).</summary>
    protected void SignInAs(Actor actor, string displayName = "Viewer")
    {
        Authorization.SetAuthorized(displayName);
        Authorization.SetRoles([.. actor.Roles]);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, actor.UserId!),
            new(AppClaimTypes.DisplayName, displayName),
            new(AppClaimTypes.TimeZone, "Asia/Shanghai"),
        };
        if (actor.SubCenterId is { } subCenter)
        {
            claims.Add(new Claim(AppClaimTypes.SubCenterId, subCenter.ToString()));
        }

        if (actor.SolverOrganizationId is { } organization)
        {
            claims.Add(new Claim(AppClaimTypes.SolverOrganizationId, organization.ToString()));
        }

        Authorization.SetClaims([.. claims]);
    }

    /// <summary>Renders <typeparamref name="TComponent"/> after the providers, as the layout does.</summary>
    protected IRenderedComponent<TComponent> Show<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
    {
        // One set of providers per test, however many components it shows.
        if (popovers is null)
        {
            popovers = Render<MudPopoverProvider>();
            dialogs = Render<MudDialogProvider>();
            Render<MudSnackbarProvider>();
        }

        return Render(parameters ?? (_ => { }));
    }

    /// <summary>Opens the select marked <paramref name="testId"/> and picks the item reading <paramref name="text"/>.</summary>
    protected void Choose<TComponent>(IRenderedComponent<TComponent> page, string testId, string text)
        where TComponent : IComponent
    {
        // A select opens on a mouse press on its control; its test id sits on the input inside.
        page.Find($"[data-testid={testId}]").Closest(".mud-select")!.MouseDown();
        popovers!.WaitForAssertion(() => Assert.Contains(OpenItems(), i => i.TextContent.Contains(text, StringComparison.Ordinal)));
        OpenItems().First(i => i.TextContent.Contains(text, StringComparison.Ordinal)).Click();
    }

    private IEnumerable<AngleSharp.Dom.IElement> OpenItems() => popovers!.FindAll(".mud-popover-open .mud-list-item");

    /// <summary>Waits for the confirmation asking <paramref name="question"/>; answers with the button <paramref name="button"/>.</summary>
    protected void Answer(string question, string button)
    {
        var host = dialogs ?? throw new InvalidOperationException("Show a component first");
        host.WaitForAssertion(() => Assert.Contains(question, host.Markup, StringComparison.Ordinal));
        host.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == button).Click();
        host.WaitForAssertion(() => Assert.Empty(host.FindAll(".mud-dialog")));
    }
}
