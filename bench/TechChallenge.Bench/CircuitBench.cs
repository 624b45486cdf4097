using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.TestSupport;

namespace TechChallenge.Bench;

/// <summary>
/// Circuits (issue 17, item 7): real Blazor Server circuits on the main signed-in pages, opened by a minimal client
/// in a child process (<see cref="CircuitClient"/>), measured on the server (this process): the managed heap each idle
/// circuit holds after a full collection, against a hello-world Blazor app and no circuit at all in the same run; then
/// how many circuits the instance holds (<see cref="CircuitSteps"/>). Also checks that anonymous readers get pages
/// that open no circuit.
/// </summary>
internal static class CircuitBench
{
    private const int WarmUpCircuits = 30;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    // Each page's idle CPU is a side figure (the steps' windows are the --seconds option): a short window keeps the run short.
    private static readonly TimeSpan PageIdle = TimeSpan.FromSeconds(5);

    private sealed record Measured(string Row, int Live, string? Types);

    public static async Task RunAsync(TechChallengeApp app, Uri address, BenchOptions options)
    {
        Console.WriteLine(
            $"# Circuits · {options.Circuits} per page · steps {string.Join(", ", options.Steps)} · {options.Seconds} s idle CPU "
                + $"windows · {Environment.ProcessorCount} cores · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"
        );
        await using var hello = await HelloBlazor.StartAsync();
        using var meters = new CircuitMeters();
        var challengeId = await app.WithDbAsync(db =>
            db.Challenges.Where(c => c.Status == ChallengeStatus.SubmissionsOpen && !c.IsConfidential)
                .OrderBy(c => c.Title)
                .Select(c => c.Id)
                .FirstAsync()
        );
        await CheckAnonymousAsync(address, ["/", "/challenges", $"/challenges/{challengeId}"]);

        CircuitPage[] pages =
        [
            new("hello-world Blazor app (baseline)", hello.Address, hello.Services, null, "/"),
            // Static pages: a signed-in reader's circuit holds only the layout's islands (the bell and MudBlazor's hosts).
            new("home / (static page; the layout's islands)", address, app.Services, DemoAccounts.Solver, "/"),
            new("challenge page /challenges/{id}", address, app.Services, DemoAccounts.Solver, $"/challenges/{challengeId}"),
            new("/proposals/mine", address, app.Services, DemoAccounts.Solver, "/proposals/mine"),
            new("/judging", address, app.Services, DemoAccounts.Judge, "/judging"),
            new("/manage/challenges", address, app.Services, DemoAccounts.NantongManager, "/manage/challenges"),
        ];
        var logged = app.Log.Lines.Count;
        await using var client = CircuitClientProcess.Start();
        foreach (var page in pages)
        {
            // Each page a few dozen times first, so that first-use costs (sign-in, caches, the JIT's first and optimised
            // compilations) fall before the baseline, not on the measured circuits.
            await page.OpenAsync(client, WarmUpCircuits);
            await CircuitPage.CloseAllAsync(client, meters, pages);
        }

        // The runtime recompiles hot code in the background for a few seconds after the warm-up; that is not idle CPU.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var none = await NoCircuitAsync(client, "no circuit (baseline)", options.HeapStats);
        var measured = new List<Measured> { none };
        foreach (var page in pages)
        {
            measured.Add(await MeasurePageAsync(client, meters, page, options.Circuits, options.HeapStats));
            await CircuitPage.CloseAllAsync(client, meters, pages);
        }

        // Again after the pages: what moved between the two is the measurement's noise, not a circuit's.
        measured.Add(await NoCircuitAsync(client, "no circuit, measured again after the pages", null));

        Console.WriteLine();
        Console.WriteLine(
            "| page (signed in) | circuits live | server: active / connected | open s | heap | KB per circuit (live) "
                + "| KB per circuit (heap size) | working set | server CPU % idle | render batches /s |"
        );
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        measured.ForEach(m => Console.WriteLine(m.Row));
        if (options.HeapStats is not null)
        {
            // The framework against nothing, the layout's islands against the framework, each page against them.
            PrintGrowth("hello-world app against no circuit", none, measured[1]);
            PrintGrowth("the layout's islands (home) against the hello-world app", measured[1], measured[2]);
            for (var i = 3; i < measured.Count - 1; i++)
            {
                PrintGrowth($"{pages[i - 1].Label} against the layout's islands", measured[2], measured[i]);
            }
        }

        await CircuitSteps.RunAsync(client, meters, pages[1..], options.Steps, TimeSpan.FromSeconds(options.Seconds));
        var status = await client.SendAsync("status");
        Console.WriteLine();
        Console.WriteLine($"JS calls the pages made, by function: {status.GetProperty("jsFunctions")}");
        Console.WriteLine(
            $"Client warnings: {status.GetProperty("clientWarnings")} {status.GetProperty("firstClientWarning")}; "
                + $"server warnings and errors logged: {app.Log.Lines.Count - logged}"
        );
        foreach (var line in app.Log.Since(logged).Take(3))
        {
            Console.WriteLine("  " + line.Split(Environment.NewLine)[0]);
        }
    }

    /// <summary>Anonymous readers get static HTML: no <c>&lt;!--Blazor:{"type":"server"…}--&gt;</c> marker, so no circuit.</summary>
    private static async Task CheckAnonymousAsync(Uri address, string[] paths)
    {
        using var anonymous = await BrowserSession.OpenAsync(address, null, "");
        foreach (var path in paths)
        {
            using var response = await anonymous.Http.GetAsync(path.TrimStart('/'));
            var markers = BlazorMarkers.CountServer(await response.Content.ReadAsStringAsync());
            Console.WriteLine(
                $"Anonymous GET {path}: HTTP {(int)response.StatusCode}, {markers} interactive server component marker(s): "
                    + (markers == 0 ? "opens no circuit" : "OPENS A CIRCUIT")
            );
        }
    }

    private static async Task<Measured> NoCircuitAsync(CircuitClientProcess client, string name, string? heapStats)
    {
        var heap = IdleMeasure.TakeHeap();
        var types = heapStats is null ? null : await HeapStats.CollectAsync(heapStats, name);
        await Task.Delay(IdleMeasure.AfterCollection);
        var cpu = await IdleMeasure.IdleCpuAsync(PageIdle, () => client.Cpu);
        return new(
            $"| {name} | 0 | 0 / 0 | — | {Mb(heap.Live)} MB | — | — | {Mb(heap.WorkingSet)} MB | {cpu.ServerPercent:0.0} | — |",
            0,
            types
        );
    }

    private static async Task<Measured> MeasurePageAsync(
        CircuitClientProcess client,
        CircuitMeters meters,
        CircuitPage page,
        int circuits,
        string? heapStats
    )
    {
        var before = IdleMeasure.TakeHeap();
        var opened = await page.OpenAsync(client, circuits);
        await Task.Delay(Settle);
        var after = IdleMeasure.TakeHeap();
        var types = heapStats is null ? null : await HeapStats.CollectAsync(heapStats, page.Name);
        await Task.Delay(IdleMeasure.AfterCollection);
        var batches = (await client.SendAsync("status")).GetProperty("renderBatches").GetInt64();
        var cpu = await IdleMeasure.IdleCpuAsync(PageIdle, () => client.Cpu);
        var status = await client.SendAsync("status");
        var live = status.GetProperty("live").GetInt32();
        var perSecond = (status.GetProperty("renderBatches").GetInt64() - batches) / PageIdle.TotalSeconds;
        var failed = opened.GetProperty("failed").GetInt32();
        var row =
            $"| {page.Label}{(failed > 0 ? $" ({failed} failed: {opened.GetProperty("firstError")})" : "")} | {live} "
            + $"| {meters.Active(page.Server)} / {meters.Connected(page.Server)} | {opened.GetProperty("seconds").GetDouble():0.0} "
            + $"| {Mb(after.Live)} MB | {Kb(after.Live - before.Live, live)} | {Kb(after.HeapSize - before.HeapSize, live)} "
            + $"| {Mb(after.WorkingSet)} MB | {cpu.ServerPercent:0.0} | {perSecond:0.0} |";
        return new(row, live, types);
    }

    private static void PrintGrowth(string title, Measured before, Measured after)
    {
        Console.WriteLine();
        Console.WriteLine($"Heap by type, {title}, per circuit:");
        foreach (var line in HeapStats.Growth(before.Types!, after.Types!, Math.Max(1, after.Live), top: 12))
        {
            Console.WriteLine(line);
        }
    }

    public static string Mb(long bytes) => (bytes / (1024.0 * 1024)).ToString("N1", CultureInfo.InvariantCulture);

    public static string Kb(long bytes, int circuits) =>
        circuits == 0 ? "—" : (bytes / 1024.0 / circuits).ToString("N0", CultureInfo.InvariantCulture);
}
