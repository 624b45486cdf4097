using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechChallenge.TestSupport;

namespace TechChallenge.Bench;

/// <summary>The hello-world Blazor Server app (<see cref="HelloDocument"/>), on its own loopback port in the bench process.</summary>
internal sealed class HelloBlazor(WebApplication app, Uri address) : IAsyncDisposable
{
    public Uri Address { get; } = address;

    public IServiceProvider Services => app.Services;

    public static async Task<HelloBlazor> StartAsync()
    {
        var port = TechChallengeApp.FreePort();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Keys in memory: nothing of the baseline is written to the machine's key folder.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        var app = builder.Build();
        app.UseAntiforgery();
        app.MapRazorComponents<HelloDocument>().AddInteractiveServerRenderMode();
        await app.StartAsync();
        return new HelloBlazor(app, new Uri($"http://127.0.0.1:{port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
