using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using TechChallenge.Infrastructure;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Web.Components;
using TechChallenge.Web.Features.Account;
using TechChallenge.Web.Features.Api;
using TechChallenge.Web.Features.Challenges;
using TechChallenge.Web.Features.Judging;
using TechChallenge.Web.Features.Notifications;
using TechChallenge.Web.Features.Proposals;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web;

public static class WebSetup
{
    public static readonly string[] SupportedCultures = ["zh-CN", "en-US"];

    public const string DefaultCulture = "zh-CN";

    public static WebApplicationBuilder AddTechChallengeWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddTechChallengeInfrastructure(builder.Configuration, builder.Environment);
        builder.AddPublicBaseUrl();

        // Chinese text as UTF-8, not as an &#x...; entity per character (8 bytes instead of 3).
        services.AddWebEncoders(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All)
        );
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddCascadingAuthenticationState();
        services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services
            .AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        // The document describes the API only, not the site's own download and sign-in endpoints.
        services.AddOpenApi("v1", options =>
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true
        );
        services.AddProblemDetails();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "techchallenge.auth";
        });
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddHealthChecks();
        // Compressed inside the output cache, so a kept page is compressed once, not on every request. Off for HTTPS
        // (the default), where compressing pages that mix secrets with reflected input invites BREACH, except for the
        // anonymous catalog, which holds none (CatalogOutputCache.CompressOverHttps).
        services.AddResponseCompression();
        // Smaller than the default (fastest): most compressed pages are compressed once and served many times from the
        // cache; an uncached page's few extra hundred microseconds are small beside its rendering.
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(options =>
            options.Level = System.IO.Compression.CompressionLevel.Optimal
        );
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(options =>
            options.Level = System.IO.Compression.CompressionLevel.Optimal
        );
        services.AddOutputCache(options => options.AddPolicy(CatalogOutputCache.PolicyName, new CatalogOutputCache.Policy()));
        services.AddSingleton<TechChallenge.Infrastructure.Challenges.ICatalogCache, CatalogOutputCache>();

        services.AddScoped<Microsoft.AspNetCore.Identity.IdentityErrorDescriber, LocalizedIdentityErrors>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<UserTime>();
        services.AddScoped<RuleMessages>();
        services.AddScoped<SignInRefresh>();
        return builder;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app, bool? seedDemoData = null)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(seedDemoData ?? (settings.SeedDemoData || app.Environment.IsDevelopment()));
    }

    public static WebApplication UseTechChallengeWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRequestLocalization(options =>
        {
            var cultures = SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapProposalDownloadEndpoints();
        app.MapRankingEndpoints();
        app.MapJudgeFileEndpoints();
        app.MapProposalApi();
        app.MapOpenApi();
        app.MapChallengeFileEndpoints();
        app.MapUnsubscribeEndpoints();
        app.MapHealthChecks("/health");
        return app;
    }
}
