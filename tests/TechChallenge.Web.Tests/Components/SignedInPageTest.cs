using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Components;

/// <summary>
/// A page rendered by bunit on the real app (its use cases on a real SQLite database with demo data), signed in as a
/// real account with the claims its sign-in cookie would carry.
/// </summary>
public abstract class SignedInPageTest : AppComponentTest, IClassFixture<SqliteAppFixture>
{
    protected SignedInPageTest(SqliteAppFixture fixture, string culture = "en-US")
        : base(culture)
    {
        App = fixture.App;
        UseApp(App);
    }

    protected TechChallengeApp App { get; }

    private IRenderedComponent<MudPopoverProvider>? popovers;
    private IRenderedComponent<MudDialogProvider>? dialogs;

    /// <summary>Where popovers (a select's list, an autocomplete's choices) show, as in the layout.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers => popovers ??= Render<MudPopoverProvider>();

    /// <summary>Where dialogs (the confirmations) show, as in the layout.</summary>
    protected IRenderedComponent<MudDialogProvider> DialogHost => dialogs ??= Render<MudDialogProvider>();

    /// <summary>
    /// Renders the page after the layout's providers, which are rendered once however many pages a test opens (a
    /// second popover provider would take the first one's place).
    /// </summary>
    protected IRenderedComponent<TComponent> RenderPage<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null
    )
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        _ = Popovers;
        _ = DialogHost;
        if (!snackbarsShown)
        {
            Render<MudSnackbarProvider>();
            snackbarsShown = true;
        }

        return Render(parameters ?? (_ => { }));
    }

    private bool snackbarsShown;

    /// <summary>Signs in as the account with <paramref name="email"/>, as it stands in the database now.</summary>
    protected async Task<Actor> SignInAsAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}");
        var principal = await principals.CreateAsync(user);
        Authorization.SetAuthorized(user.UserName!);
        Authorization.SetRoles([.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
        Authorization.SetClaims([.. principal.Claims.Where(c => c.Type is not ClaimTypes.Role and not ClaimTypes.Name)]);
        return Actor.FromPrincipal(principal);
    }

    /// <summary>Runs a use case of the real app, as a test's setup or to read what a page changed.</summary>
    protected async Task<T> UseAsync<TService, T>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>The texts of the snackbars shown so far.</summary>
    protected IReadOnlyList<string> Snackbars => [.. Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "")];

    /// <summary>Where the page sent the browser last, relative to the site; null when it did not navigate.</summary>
    protected string? NavigatedTo
    {
        get
        {
            var navigation = Services.GetRequiredService<BunitNavigationManager>();
            return navigation.History.FirstOrDefault() is { } last
                ? "/" + navigation.ToBaseRelativePath(navigation.ToAbsoluteUri(last.Uri).ToString())
                : null;
        }
    }

    /// <summary>What <paramref name="find"/> answers once it answers without failing (the page loads asynchronously).</summary>
    protected static T WaitFor<TComponent, T>(IRenderedComponent<TComponent> page, Func<T> find)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        T found = default!;
        page.WaitForAssertion(() => found = find());
        return found;
    }

    /// <summary>Clicks the button of the open dialog whose text is <paramref name="text"/>.</summary>
    protected static void Answer(IRenderedComponent<MudDialogProvider> dialogs, string text)
    {
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog")));
        dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == text).Click();
    }
}
