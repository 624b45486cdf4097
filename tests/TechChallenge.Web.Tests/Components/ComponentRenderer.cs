using System.Globalization;
using System.Security.Claims;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

/// <summary>
/// Renders components to HTML with the framework's own <see cref="HtmlRenderer"/> and parses it with AngleSharp
/// (bunit cannot run here: ../shared/DEPENDENCIES.md §4). The app's real localizer, resources and time service are used.
/// </summary>
public sealed class ComponentRenderer : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;
    private readonly CultureInfo culture;

    /// <param name="nowUtc">The clock components read (e.g. the countdown); the real one when not given.</param>
    public ComponentRenderer(string culture = "en-US", string? timeZone = null, DateTime? nowUtc = null)
    {
        this.culture = new CultureInfo(culture);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddLocalization(options => options.ResourcesPath = "Resources");
        collection.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(timeZone));
        collection.AddScoped<UserTime>();
        collection.AddScoped<RuleMessages>();
        collection.AddScoped<CurrentUser>();
        collection.AddScoped<Radzen.NotificationService>();
        collection.AddSingleton(nowUtc is { } now ? new StoppedClock(now) : TimeProvider.System);
        collection.AddSingleton<NavigationManager, StaticNavigationManager>();
        collection.AddSingleton<IJSRuntime, NoBrowserJsRuntime>();
        collection.AddSingleton<INavigationInterception, NoNavigationInterception>();
        services = collection.BuildServiceProvider();
        renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
    }

    public T Service<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async Task<IHtmlDocument> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var previousCulture = CultureInfo.CurrentCulture;
        var previousUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
                await output.QuiescenceTask;
                return output.ToHtmlString();
            });
            return new HtmlParser().ParseDocument(html);
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUiCulture;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }

    private sealed class FixedAuthenticationState(string? timeZone) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync()
        {
            var identity = timeZone is null
                ? new ClaimsIdentity()
                : new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "viewer"), new Claim(AppClaimTypes.TimeZone, timeZone)], "test");
            return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity)));
        }
    }

    /// <summary>Static HTML rendering has a URL but no browser to navigate.</summary>
    private sealed class StaticNavigationManager : NavigationManager
    {
        public StaticNavigationManager() => Initialize("http://localhost/", "http://localhost/challenges");
    }

    /// <summary>Static HTML rendering has no browser: components must not call JavaScript while prerendering.</summary>
    private sealed class NoBrowserJsRuntime : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"JavaScript call '{identifier}' during static rendering");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);
    }

    private sealed class NoNavigationInterception : INavigationInterception
    {
        public Task EnableNavigationInterceptionAsync() => Task.CompletedTask;
    }

    /// <summary>A clock that always says the same time, so that rendered countdowns are known in advance.</summary>
    private sealed class StoppedClock(DateTime nowUtc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(nowUtc, TimeSpan.Zero);
    }
}
