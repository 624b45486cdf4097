using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechChallenge.Bench;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.TestSupport;

// Catalog scenario: seed N published challenges, then measure
//  1. catalog search through the service (p50/p95, sequential),
//  2. the catalog page (browse and search) under C concurrent clients,
//  3. a bare Kestrel endpoint under the same load, in the same process and run, as the baseline.
var options = BenchOptions.Parse(args);
if (options.Scenario == "circuit-client")
{
    // The circuits scenario's browsers, in a child process: nothing else may write to standard output.
    await CircuitClient.RunAsync(DemoAccounts.Password);
    return;
}

if (options.Scenario == "ranking")
{
    // Ranking computation first, with no server and no database (RankingBench); then the page (RankingPageBench).
    RankingBench.Run(options.Challenges, judgesPerEntry: 5, panelSize: 50, iterations: 20);
}

var clockScenario = options.Scenario == "clock";
var stormScenario = options.Scenario == "storm";
if (!clockScenario && !stormScenario && options.Scenario is not "ranking" and not "circuits")
{
    Console.WriteLine(
        $"# Catalog benchmark · {options.Provider} · {options.Challenges:N0} challenges · {options.Concurrency} clients · "
            + $"{options.Seconds} s per load · {Environment.ProcessorCount} cores · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"
    );
}

// The in-process server serves the web project's own files; tell the test host where they are.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "TechChallenge.sln")))
{
    repository = repository.Parent;
}

Environment.SetEnvironmentVariable(
    "ASPNETCORE_TEST_CONTENTROOT_TECHCHALLENGE_WEB",
    Path.Combine(repository!.FullName, "src", "TechChallenge.Web")
);
var dataFolder = TechChallengeApp.NewDataFolder();
var connectionString = options.Provider == DatabaseProvider.Postgres ? await PostgresServer.CreateDatabaseAsync("bench") : null;
await using var app = new TechChallengeApp(
    options.Provider,
    connectionString,
    dataFolder,
    new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" },
    environment: "Production"
);
var address = app.StartKestrel();
if (options.Scenario == "ranking")
{
    Console.WriteLine();
    Console.WriteLine(
        $"# Ranking page · {options.Provider} · {options.Challenges:N0} entries × 5 judges × 6 criteria · "
            + $"{Environment.ProcessorCount} cores"
    );
    await RankingPageBench.RunAsync(app, address, options.Challenges, iterations: 10);
    await app.DisposeAsync();
    Directory.Delete(dataFolder, recursive: true);
    return;
}

if (clockScenario)
{
    // Clock scenario: see ClockBench.
    await ClockBench.RunAsync(app, address, options.Challenges, options.Concurrency);
    Directory.Delete(dataFolder, recursive: true);
    return;
}

if (options.Scenario == "circuits")
{
    // Circuits scenario: see CircuitBench.
    await CircuitBench.RunAsync(app, address, options);
    await app.DisposeAsync();
    Directory.Delete(dataFolder, recursive: true);
    return;
}

if (stormScenario)
{
    // Deadline storm scenario: see StormBench.
    await StormBench.RunAsync(app, address, options);
    // Stopped first: its mail delivery is still writing the storm's receipts into the data folder.
    await app.DisposeAsync();
    Directory.Delete(dataFolder, recursive: true);
    return;
}

var seedClock = Stopwatch.StartNew();
await CatalogSeeder.SeedAsync(app, options.Challenges);
Console.WriteLine($"Seeded in {seedClock.Elapsed.TotalSeconds:0.0} s");

// A second reference: the same bare endpoint sending the catalog page's own HTML as fixed bytes, which shows how much
// of the gap is the page's size rather than the application.
using var plain = new HttpClient();
plain.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
var catalogHtml = await plain.GetByteArrayAsync(new Uri(address, "challenges"));
await using var bare = await BareEndpoint.StartAsync(catalogHtml);

var rows = new List<string>();
await using (var scope = app.Services.CreateAsyncScope())
{
    var challenges = scope.ServiceProvider.GetRequiredService<ChallengeCatalog>();
    foreach (var (name, query) in CatalogSeeder.Queries)
    {
        var result = await Measure.SequentialAsync(() => challenges.SearchCatalogAsync(query), iterations: 200);
        rows.Add($"| service: {name} | 1 | {result.Requests} | {result.P50:0.0} | {result.P95:0.0} | — | {result.Errors} |");
    }
}

// The clients ask for uncompressed responses, as the baseline gets: this measures the server's work per page, and
// inflating on the same two cores would charge the load generator's work to the server.
using var http = new HttpClient(
    new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }
);
http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
var duration = TimeSpan.FromSeconds(options.Seconds);
var baseline = await Measure.LoadAsync(http, bare.Address, options.Concurrency, duration);
rows.Add(Row("bare Kestrel endpoint (baseline)", baseline, baseline));

// Each page below is measured in slices alternating with the baseline, and compared with that interleaved baseline.
var (reference, referenceBaseline) = await Measure.InterleavedAsync(
    http,
    new Uri(bare.Address, "page"),
    http,
    bare.Address,
    options.Concurrency,
    duration
);
rows.Add(Row($"bare Kestrel endpoint, fixed {catalogHtml.Length / 1024.0:0.0} KB page (reference)", reference, referenceBaseline));
foreach (
    var (name, path) in new[]
    {
        ("catalog page, browse", "challenges"),
        ("catalog page, search + filter", "challenges?q=graphene&sort=DeadlineSoonest"),
        ("catalog page, page 40", "challenges?page=40"),
    }
)
{
    var (load, alongside) = await Measure.InterleavedAsync(http, new Uri(address, path), http, bare.Address, options.Concurrency, duration);
    rows.Add(Row(name, load, alongside));
}

// Browsers ask for compressed pages, and the cache keeps each page compressed once per encoding, so serving one costs
// no compression. These clients ask as a browser does and read the compressed bytes as they arrive: a browser
// inflates on its own machine, not on the server's two cores.
using var browserLike = new HttpClient(
    new SocketsHttpHandler
    {
        MaxConnectionsPerServer = options.Concurrency,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        AutomaticDecompression = DecompressionMethods.None,
    }
);
browserLike.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
browserLike.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
using (var probe = await browserLike.GetAsync(new Uri(address, "challenges")))
{
    Console.WriteLine(
        $"Catalog page as a browser gets it: {probe.Content.Headers.ContentEncoding.FirstOrDefault() ?? "identity"}, "
            + $"{(await probe.Content.ReadAsByteArrayAsync()).Length / 1024.0:0.0} KB"
    );
}

foreach (
    var (name, path) in new[]
    {
        ("catalog page, browse, brotli as browsers ask", "challenges"),
        ("catalog page, search + filter, brotli as browsers ask", "challenges?q=graphene&sort=DeadlineSoonest"),
    }
)
{
    var (load, alongside) = await Measure.InterleavedAsync(
        browserLike,
        new Uri(address, path),
        http,
        bare.Address,
        options.Concurrency,
        duration
    );
    rows.Add(Row(name, load, alongside));
}

// Every request a different URL (an award floor of 0.n changes nothing but the address), so none is
// answered from the page cache: this is what a visitor's first, uncommon search costs.
foreach (
    var (name, path) in new[]
    {
        ("catalog page, browse, never cached", "challenges?minAward="),
        ("catalog page, search, never cached", "challenges?q=graphene&minAward="),
    }
)
{
    var load = await Measure.LoadAsync(
        http,
        n => new Uri(address, path + "0." + n.ToString(CultureInfo.InvariantCulture)),
        options.Concurrency,
        duration
    );
    rows.Add(Row(name, load, baseline));
}

// The baseline again at the end: on a shared machine it drifts between runs, and this shows by how much within one.
rows.Add(
    Row(
        "bare Kestrel endpoint (baseline, measured again last)",
        await Measure.LoadAsync(http, bare.Address, options.Concurrency, duration),
        baseline
    )
);

Console.WriteLine();
Console.WriteLine("| scenario | clients | requests | p50 ms | p95 ms | req/s (% of baseline) | errors |");
Console.WriteLine("|---|---|---|---|---|---|---|");
rows.ForEach(Console.WriteLine);
Directory.Delete(dataFolder, recursive: true);

static string Row(string name, Measure.Result result, Measure.Result baseline) =>
    $"| {name} | {result.Clients} | {result.Requests:N0} | {result.P50:0.0} | {result.P95:0.0} | {result.PerSecond:N0} "
    + $"({result.PerSecond / baseline.PerSecond * 100:0.0} % of {baseline.PerSecond:N0}) | {result.Errors} |";

namespace TechChallenge.Bench
{
    /// <param name="Seconds">
    /// Per load for the catalog; for the storm, the window before the deadline; for circuits, each idle CPU window.
    /// </param>
    /// <param name="Circuits">Circuits per page in the circuits scenario.</param>
    /// <param name="Steps">Total circuits held at each step of the circuits scenario ("none": no steps).</param>
    /// <param name="HeapStats">Circuits scenario: a folder for heap counts by type (needs dotnet-dump); null: none.</param>
    internal sealed record BenchOptions(
        string Scenario,
        DatabaseProvider Provider,
        int Challenges,
        int Concurrency,
        int Seconds,
        int Submissions,
        int Late,
        int AttachmentKb,
        int Circuits,
        IReadOnlyList<int> Steps,
        string? HeapStats
    )
    {
        public static BenchOptions Parse(string[] args)
        {
            string Value(string name, string fallback)
            {
                var index = Array.IndexOf(args, name);
                return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
            }

            var scenario = Value("--scenario", "catalog");
            return new BenchOptions(
                scenario,
                Enum.Parse<DatabaseProvider>(Value("--provider", "Sqlite"), ignoreCase: true),
                int.Parse(Value("--challenges", scenario == "clock" ? "100" : "10000"), CultureInfo.InvariantCulture),
                int.Parse(
                    Value(
                        "--concurrency",
                        scenario switch
                        {
                            "clock" => "20",
                            "storm" => "200",
                            _ => "50",
                        }
                    ),
                    CultureInfo.InvariantCulture
                ),
                int.Parse(
                    Value(
                        "--seconds",
                        scenario switch
                        {
                            "storm" => "60",
                            "circuits" => "10",
                            _ => "15",
                        }
                    ),
                    CultureInfo.InvariantCulture
                ),
                int.Parse(Value("--submissions", "2000"), CultureInfo.InvariantCulture),
                int.Parse(Value("--late", "100"), CultureInfo.InvariantCulture),
                int.Parse(Value("--attachment-kb", "200"), CultureInfo.InvariantCulture),
                int.Parse(Value("--circuits", "200"), CultureInfo.InvariantCulture),
                [
                    .. Value("--steps", "500,1000,2000,5000")
                        .Split(',', StringSplitOptions.RemoveEmptyEntries)
                        .Where(s => s != "none")
                        .Select(s => int.Parse(s, CultureInfo.InvariantCulture)),
                ],
                Value("--heap-stats", "") is { Length: > 0 } folder ? folder : null
            );
        }
    }

    /// <summary>The baseline: Kestrel answering a fixed short text, nothing else.</summary>
    internal sealed class BareEndpoint(WebApplication app, Uri address) : IAsyncDisposable
    {
        public Uri Address { get; } = address;

        public static async Task<BareEndpoint> StartAsync(byte[] page)
        {
            var port = TechChallengeApp.FreePort();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            var app = builder.Build();
            app.MapGet("/", () => Results.Text("ok"));
            app.MapGet("/page", () => Results.Bytes(page, "text/html; charset=utf-8"));
            await app.StartAsync();
            return new BareEndpoint(app, new Uri($"http://127.0.0.1:{port}/"));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
