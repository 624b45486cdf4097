using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Notifications;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// Links in e-mails start with the address users reach the site at: set in Production (which does not start without
/// it), otherwise derived from where the server listens, and never the http://localhost:5000 of no server at all.
/// </summary>
public sealed class PublicBaseUrlTests : IAsyncLifetime
{
    private readonly List<TechChallengeApp> apps = [];

    [Theory]
    [InlineData("https://challenges.example.cn/", "https://challenges.example.cn")]
    [InlineData(" http://localhost:5080 ", "http://localhost:5080")]
    [InlineData("https://example.cn/techchallenge/", "https://example.cn/techchallenge")]
    [InlineData("localhost:5080", null)]
    [InlineData("challenges.example.cn", null)]
    [InlineData("/challenges", null)]
    [InlineData("ftp://example.cn", null)]
    [InlineData("https://example.cn/?lang=en", null)]
    [InlineData("https://user:secret@example.cn", null)]
    [InlineData("", null)]
    public void Only_the_absolute_http_address_of_a_site_is_taken(string value, string? expected) =>
        Assert.Equal(expected, PublicBaseUrl.Parse(value));

    [Theory]
    [InlineData("urls", "http://localhost:5080", "http://localhost:5080")]
    [InlineData("urls", "http://*:8080;https://*:8443", "http://localhost:8080")]
    [InlineData("urls", "http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData("urls", "http://[::]:8080", "http://localhost:8080")]
    [InlineData("http_ports", "8080", "http://localhost:8080")]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://+:9000", "http://localhost:9000")]
    [InlineData("nothing", "", "http://localhost:5000")]
    public void Without_a_setting_the_address_is_where_the_server_listens(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Equal(expected, PublicBaseUrl.Derive(configuration));
    }

    [Fact]
    public async Task Under_dotnet_run_links_in_e_mails_lead_to_where_it_listens()
    {
        var listening = LaunchProfileAddress();
        var app = Start("Development", new() { ["urls"] = listening });

        Assert.Equal($"{listening}/challenges/42", Notifier(app).Absolute("/challenges/42"));
        Assert.Equal("http://localhost:5080", listening);
    }

    [Fact]
    public async Task Outside_Production_a_malformed_address_is_reported_and_the_listening_one_used()
    {
        var app = Start("Development", new() { ["urls"] = "http://localhost:5080", [PublicBaseUrl.Setting] = "challenges.example.cn" });

        Assert.Equal("http://localhost:5080/x", Notifier(app).Absolute("/x"));
        Assert.Contains(app.Log.Lines, line =>
            line.Contains("Warning") && line.Contains("\"challenges.example.cn\" is not an absolute http(s) address")
        );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("challenges.example.cn")]
    [InlineData("ftp://challenges.example.cn")]
    public async Task Production_does_not_start_without_the_address_users_reach_it_at(string? value)
    {
        var settings = new Dictionary<string, string?> { ["urls"] = "http://*:8080" };
        if (value is not null)
        {
            settings[PublicBaseUrl.Setting] = value;
        }

        var app = New("Production", settings);

        var failure = Record.Exception(() => app.Server);

        var refusal = Assert.Single(Chain(failure).OfType<OptionsValidationException>());
        Assert.Contains("Mail:PublicBaseUrl must be the absolute http(s) address users reach the site at", refusal.Message);
    }

    [Fact]
    public async Task Production_uses_the_address_it_is_given()
    {
        var app = Start("Production", new() { [PublicBaseUrl.Setting] = "https://challenges.example.cn/" });

        Assert.Equal("https://challenges.example.cn/unsubscribe/t", Notifier(app).Absolute("/unsubscribe/t"));
    }

    private static Notifier Notifier(TechChallengeApp app) => app.Services.GetRequiredService<Notifier>();

    private TechChallengeApp New(string environment, Dictionary<string, string?> settings)
    {
        var app = new TechChallengeApp(DatabaseProvider.Sqlite, null, TechChallengeApp.NewDataFolder(), settings, environment);
        apps.Add(app);
        return app;
    }

    private TechChallengeApp Start(string environment, Dictionary<string, string?> settings)
    {
        var app = New(environment, settings);
        _ = app.Server;
        return app;
    }

    private static IEnumerable<Exception> Chain(Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            yield return failure;
        }
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var app in apps)
        {
            try
            {
                await app.DisposeAsync();
            }
            catch (Exception exception) when (exception is OptionsValidationException or AggregateException or InvalidOperationException)
            {
                // The app that was refused its start has nothing left to stop.
            }

            Directory.Delete(app.DataFolder, recursive: true);
        }
    }

    /// <summary>The address <c>dotnet run</c> listens on: the launch profile's applicationUrl.</summary>
    private static string LaunchProfileAddress()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "TechChallenge.sln")))
        {
            folder = folder.Parent;
        }

        var settings = Path.Combine(folder.FullName, "src", "TechChallenge.Web", "Properties", "launchSettings.json");
        using var json = JsonDocument.Parse(File.ReadAllText(settings));
        return json.RootElement.GetProperty("profiles").EnumerateObject().First().Value.GetProperty("applicationUrl").GetString()!;
    }
}
