using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

/// <summary>
/// A bunit context with what the app's components need: MudBlazor's services and providers, the app's real localizer
/// and resources, the viewer's time zone and a clock. Each test class derives from it and renders with
/// <see cref="RenderInApp{TComponent}"/>, so dialogs, popovers and snackbars appear as in the app.
/// </summary>
public abstract class AppComponentTest : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    /// <param name="culture">The viewer's language: zh-CN or en-US.</param>
    /// <param name="nowUtc">The clock components read (e.g. the countdown); the real one when not given.</param>
    protected AppComponentTest(string culture = "en-US", DateTime? nowUtc = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        // Pages load from a real database on two shared cores: one second (bunit's default) is too short under CI load.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddScoped<UserTime>();
        Services.AddScoped<RuleMessages>();
        Services.AddScoped<CurrentUser>();
        Services.AddSingleton(nowUtc is { } now ? new StoppedClock(now) : TimeProvider.System);
        Authorization = AddAuthorization();
    }

    /// <summary>Who is signed in; anonymous until a test says otherwise.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>
    /// Lets pages resolve the app's real services (use cases, database, clock) from a running test app, e.g. a
    /// <see cref="SqliteAppFixture"/>'s: what the test registers itself still wins.
    /// </summary>
    protected void UseApp(TechChallengeApp app)
    {
        var scope = app.Services.CreateAsyncScope();
        appScopes.Add(scope);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
    }

    private readonly List<AsyncServiceScope> appScopes = [];

    /// <summary>Signs a person in, with their roles and time zone (China Standard Time when not given).</summary>
    protected void SignIn(string userId, string displayName, string? timeZone = "Asia/Shanghai", params string[] roles)
    {
        Authorization.SetAuthorized(displayName);
        Authorization.SetRoles(roles);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId), new(AppClaimTypes.DisplayName, displayName) };
        if (timeZone is not null)
        {
            claims.Add(new Claim(AppClaimTypes.TimeZone, timeZone));
        }

        Authorization.SetClaims([.. claims]);
    }

    /// <summary>
    /// Renders <typeparamref name="TComponent"/> after MudBlazor's providers, as the layout's InteractiveHosts island has them.
    /// </summary>
    protected IRenderedComponent<TComponent> RenderInApp<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null
    )
        where TComponent : IComponent
    {
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        return Render(parameters ?? (_ => { }));
    }

    /// <summary>The providers rendered by <see cref="RenderInApp{TComponent}"/>: where dialogs and snackbars show.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs => Render<MudDialogProvider>();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously, so xunit must end the context through DisposeAsync.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        foreach (var scope in appScopes)
        {
            await scope.DisposeAsync();
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
        base.Dispose(disposing);
    }

    /// <summary>A clock that always says the same time, so that rendered countdowns are known in advance.</summary>
    private sealed class StoppedClock(DateTime nowUtc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(nowUtc, TimeSpan.Zero);
    }
}
