using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.TestSupport;

/// <summary>
/// The real app, on a real database (a fresh SQLite file or a fresh PostgreSQL database) with demo data and the real
/// Quartz scheduler. <see cref="StartKestrel"/> serves it on a loopback port for browser tests.
/// </summary>
public sealed class TechChallengeApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    private readonly string environment;

    private readonly TimeProvider? clock;

    /// <param name="environment">Development for tests; the benchmarks run as Production.</param>
    /// <param name="clock">The app's clock (demo data is loaded at its time); the system's when null. The database keeps its own.</param>
    public TechChallengeApp(
        DatabaseProvider provider,
        string? connectionString,
        string dataFolder,
        IDictionary<string, string?>? extraSettings = null,
        string environment = "Development",
        TimeProvider? clock = null
    )
    {
        this.environment = environment;
        this.clock = clock;
        Provider = provider;
        DataFolder = dataFolder;
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString ?? "",
            ["Database:DataPath"] = dataFolder,
            ["Database:SeedDemoData"] = "true",
            // Several apps may live in one test process; each has its own scheduler.
            ["Database:SchedulerName"] = $"tests-{Guid.NewGuid():N}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        // For diagnosis, e.g. TECHCHALLENGE_TEST_LOG="Microsoft.EntityFrameworkCore.Database.Command=Information;Quartz=Debug"
        // shows every SQL command with its duration and what the scheduler does.
        foreach (
            var categoryLevel in (Environment.GetEnvironmentVariable("TECHCHALLENGE_TEST_LOG") ?? "").Split(
                ';',
                StringSplitOptions.RemoveEmptyEntries
            )
        )
        {
            var (category, level) = (categoryLevel.Split('=')[0].Trim(), categoryLevel.Split('=')[^1].Trim());
            settings[$"Logging:LogLevel:{category}"] = level;
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public DatabaseProvider Provider { get; }

    public string DataFolder { get; }

    public Uri? PublicAddress { get; private set; }

    /// <summary>The app's log, for diagnosing a failing test.</summary>
    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        // Tests stop apps with browsers still connected; don't wait the default 30 s for those connections.
        builder.ConfigureServices(services =>
            services.Configure<Microsoft.Extensions.Hosting.HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(3))
        );
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>Serves the app with Kestrel on <paramref name="port"/> (a free one when 0), for a real browser.</summary>
    public Uri StartKestrel(int port = 0)
    {
        port = port == 0 ? FreePort() : port;
        // Links in e-mails lead to where the browser reaches this app, unless a test says otherwise.
        settings.TryAdd("Mail:PublicBaseUrl", $"http://127.0.0.1:{port}");
        UseKestrel(port);
        StartServer();
        PublicAddress = new Uri($"http://127.0.0.1:{port}/");
        return PublicAddress;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public Task<ChallengeStatus> ChallengeStatusAsync(Guid challengeId) =>
        WithDbAsync(db => db.Challenges.Where(c => c.Id == challengeId).Select(c => c.Status).SingleAsync());

    /// <summary>Polls until the challenge reaches <paramref name="expected"/> or the time is up; returns the last status seen.</summary>
    public async Task<ChallengeStatus> WaitForChallengeStatusAsync(Guid challengeId, ChallengeStatus expected, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        var status = await ChallengeStatusAsync(challengeId);
        while (status != expected && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
            status = await ChallengeStatusAsync(challengeId);
        }

        return status;
    }

    /// <summary>The <see cref="Actor"/> a demo user becomes when signed in, built the way sign-in builds it.</summary>
    public async Task<Actor> ActorAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}");
        ClaimsPrincipal principal = await principals.CreateAsync(user);
        return Actor.FromPrincipal(principal);
    }

    /// <summary>
    /// A new account in <paramref name="role"/>, optionally in a solver organisation; without a password unless a browser
    /// test must sign in with one (hashing costs tens of milliseconds).
    /// </summary>
    public async Task<(Actor Actor, string Email)> NewUserAsync(
        string role,
        Guid? organizationId = null,
        string? displayName = null,
        string? password = null
    )
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName ?? $"New {role}",
                SolverOrganizationId = organizationId,
            };
            var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
            var inRole = created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
            if (!inRole.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Could not set up {email}: {string.Join("; ", inRole.Errors.Select(e => e.Description))}"
                );
            }

            return (await ActorAsync(email), email);
        }
    }

    public static string NewDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "techchallenge-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
