using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Storage;
using TechChallenge.TestSupport;

namespace TechChallenge.Bench;

/// <summary>
/// Deadline storm (issue 4): N submissions through the HTTP API (draft, one attachment, submit) from C concurrent
/// clients, their starts spread evenly over the last seconds before a challenge's deadline, then L more started just
/// after it. Every one begun before must be accepted, every one after refused, and every acknowledged version must be
/// in the database with its hash and its file.
/// </summary>
internal static class StormBench
{
    private const string Draft = "PUT draft";
    private const string Attachment = "POST attachment";
    private const string Submit = "POST submit";

    // The last starts are this long before the deadline, so a submission begun "before" has time to finish before it.
    private static readonly TimeSpan FinalGap = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LateFrom = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LateUntil = TimeSpan.FromSeconds(5);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Planned(int Index, ApiSolver Solver, DateTime StartUtc, bool Late);

    private sealed record Call(string Kind, double Milliseconds, HttpStatusCode Status, string? Code);

    private sealed record Outcome(
        Planned Plan,
        DateTime StartedUtc,
        double TotalMilliseconds,
        IReadOnlyList<Call> Calls,
        SubmittedVersion? Version,
        string? FileSha256,
        string? Error
    )
    {
        public bool Accepted => Version is not null;

        public bool Refused => Version is null && Error is null && Calls.Any(c => (int)c.Status is >= 400 and < 500);
    }

    public static async Task RunAsync(TechChallengeApp app, Uri address, BenchOptions options)
    {
        var window = TimeSpan.FromSeconds(options.Seconds);
        var attachmentBytes = options.AttachmentKb * 1024;
        Console.WriteLine(
            $"# Deadline storm · {app.Provider} · {options.Submissions:N0} submissions in the last {window.TotalSeconds:0} s + "
                + $"{options.Late} after · "
                + $"{options.Concurrency} clients · {options.AttachmentKb} KB attachment · {Environment.ProcessorCount} cores · "
                + $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"
        );

        var setup = Stopwatch.StartNew();
        const int warmUps = 20;
        var solvers = await ApiSolvers.CreateAsync(app, options.Submissions + options.Late + warmUps, "storm", parallelism: 8);
        Console.WriteLine($"Seeded {solvers.Count:N0} solvers with tokens in {setup.Elapsed.TotalSeconds:0.0} s");

        using var http = new HttpClient(
            new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(30) }
        )
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(120),
        };

        // A server at a deadline has been up for a while: the first requests' JIT and pool warm-up are not the storm's.
        var warmChallenge = await ChallengeScenarios.PublishAsync(
            app,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(1), "Storm warm-up 预热")
        );
        var warmForm = await FormAsync(http, warmChallenge, solvers[0].Token);
        var warmed = await Task.WhenAll(
            solvers
                .Skip(options.Submissions + options.Late)
                .Select(
                    (s, i) => SubmitAsync(http, warmChallenge, warmForm, new Planned(-1 - i, s, DateTime.UtcNow, false), attachmentBytes)
                )
        );
        if (warmed.Any(w => !w.Accepted))
        {
            throw new InvalidOperationException(
                $"Warm-up submissions failed: {string.Join(" | ", warmed.Where(w => !w.Accepted).Select(Describe))}"
            );
        }

        // The deadline is set so the window starts a few seconds from now, once the challenge is published.
        var requestedDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(5) + window;
        var challengeId = await ChallengeScenarios.PublishAsync(
            app,
            ChallengeScenarios.Content(requestedDeadline, "Deadline storm 截止风暴")
        );
        var form = await FormAsync(http, challengeId, solvers[0].Token);
        var deadline = form.DeadlineUtc ?? throw new InvalidOperationException("The storm challenge has no deadline.");
        var stormStart = deadline - window;
        if (DateTime.UtcNow >= stormStart)
        {
            throw new InvalidOperationException($"Setup ran until {DateTime.UtcNow:O}, past the storm's start {stormStart:O}.");
        }

        Console.WriteLine(
            $"Setup done in {setup.Elapsed.TotalSeconds:0.0} s; deadline {deadline:HH:mm:ss.fff} UTC, storm from {stormStart:HH:mm:ss.fff}"
        );

        var spread = (window - FinalGap) / options.Submissions;
        var lateSpread = (LateUntil - LateFrom) / Math.Max(1, options.Late);
        var plan = solvers
            .Take(options.Submissions)
            .Select((s, i) => new Planned(i, s, stormStart + spread * i, false))
            .Concat(
                solvers
                    .Skip(options.Submissions)
                    .Take(options.Late)
                    .Select((s, i) => new Planned(options.Submissions + i, s, deadline + LateFrom + lateSpread * i, true))
            )
            .ToList();

        var outcomes = new ConcurrentBag<Outcome>();
        var next = -1;
        var threads = new ThreadPoolWatch();
        async Task ClientAsync()
        {
            while (Interlocked.Increment(ref next) is var index && index < plan.Count)
            {
                var planned = plan[index];
                if (planned.StartUtc - DateTime.UtcNow is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait);
                }

                outcomes.Add(await SubmitAsync(http, challengeId, form, planned, attachmentBytes));
            }
        }

        // Measured from the storm's start: the clients' waits before it are not the storm.
        await Task.Delay(stormStart - DateTime.UtcNow is { Ticks: > 0 } lead ? lead : TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        var sampling = threads.SampleAsync();
        var cpu = CpuWatch.Start();
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(ClientAsync)));
        var cpuUse = cpu.Stop();
        threads.Stop();
        await sampling;
        Console.WriteLine($"Storm and late submissions done in {watch.Elapsed.TotalSeconds:0.0} s from the storm's start");

        var all = outcomes.OrderBy(o => o.Plan.Index).ToList();
        var before = all.Where(o => !o.Plan.Late).ToList();
        var after = all.Where(o => o.Plan.Late).ToList();
        var check = await CheckKeptAsync(
            app,
            challengeId,
            before.Where(o => o.Accepted).ToList(),
            after.Select(o => o.Plan.Solver.UserId).ToHashSet(),
            deadline
        );
        Report(options, before, after, check, deadline, threads, attachmentBytes);
        if (cpuUse is not null)
        {
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"- CPU from the storm's first start to the last late answer ({cpuUse.Seconds:0.0} s): machine "
                        + $"{cpuUse.MachinePercent:0} % busy of {Environment.ProcessorCount} cores, this process (server and clients) "
                        + $"{cpuUse.ProcessPercent:0} %, the rest (database server, anything else running) "
                        + $"{cpuUse.MachinePercent - cpuUse.ProcessPercent:0} %; stolen by the host {cpuUse.StealPercent:0.0} %; "
                        + $"this process {cpuUse.ProcessSeconds * 1000 / Math.Max(1, all.Sum(o => o.Calls.Count)):0.0} ms CPU "
                        + $"per request"
                )
            );
        }
    }

    private static async Task<ProposalFormView> FormAsync(HttpClient http, Guid challengeId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/challenges/{challengeId}/proposal-form");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProposalFormView>(Json))!;
    }

    /// <summary>
    /// One solver's submission: draft, file, submit. A late one goes on through all three requests whatever the
    /// answers, as a careless client would, so each endpoint's refusal after the deadline is seen.
    /// </summary>
    private static async Task<Outcome> SubmitAsync(
        HttpClient http,
        Guid challengeId,
        ProposalFormView form,
        Planned planned,
        int attachmentBytes
    )
    {
        var startedUtc = DateTime.UtcNow;
        var total = Stopwatch.StartNew();
        var calls = new List<Call>(3);
        var token = planned.Solver.Token;
        try
        {
            var title = $"Storm proposal {planned.Index} 风暴";
            var sections = form
                .Sections.Select((s, i) => new SectionAnswer(s.Key, $"{title}: answer {i + 1} 回答 " + new string('·', 400)))
                .ToList();
            var (draftCall, draft) = await SendAsync<ProposalDraft>(
                http,
                HttpMethod.Put,
                $"api/v1/challenges/{challengeId}/proposal/draft",
                token,
                Draft,
                JsonContent.Create(new DraftInput(0, title, $"Abstract of {title}. " + new string('x', 1000), sections), options: Json)
            );
            calls.Add(draftCall);
            if (draft is null && !planned.Late)
            {
                return new Outcome(planned, startedUtc, total.Elapsed.TotalMilliseconds, calls, null, null, null);
            }

            var file = new byte[attachmentBytes];
            Random.Shared.NextBytes(file);
            "%PDF-1.7\n"u8.CopyTo(file);
            var fileSha256 = Convert.ToHexStringLower(SHA256.HashData(file));
            var upload = new MultipartFormDataContent
            {
                {
                    new ByteArrayContent(file) { Headers = { ContentType = new("application/pdf") } },
                    "file",
                    $"storm-{planned.Index}.pdf"
                },
            };
            var (uploadCall, attachment) = await SendAsync<AttachmentView>(
                http,
                HttpMethod.Post,
                $"api/v1/challenges/{challengeId}/proposal/attachments",
                token,
                Attachment,
                upload
            );
            calls.Add(uploadCall);
            if (attachment is null && !planned.Late)
            {
                return new Outcome(planned, startedUtc, total.Elapsed.TotalMilliseconds, calls, null, null, null);
            }

            if (attachment is not null && attachment.Sha256 != fileSha256)
            {
                return new Outcome(
                    planned,
                    startedUtc,
                    total.Elapsed.TotalMilliseconds,
                    calls,
                    null,
                    null,
                    $"upload answered SHA-256 {attachment.Sha256}, sent {fileSha256}"
                );
            }

            // The upload is the only change since the save; each raises the revision by one.
            var (submitCall, version) = await SendAsync<SubmittedVersion>(
                http,
                HttpMethod.Post,
                $"api/v1/challenges/{challengeId}/proposal/submit",
                token,
                Submit,
                JsonContent.Create(new { expectedRevision = (draft?.Revision ?? 0) + 1 }, options: Json)
            );
            calls.Add(submitCall);
            return new Outcome(planned, startedUtc, total.Elapsed.TotalMilliseconds, calls, version, fileSha256, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException or JsonException)
        {
            return new Outcome(
                planned,
                startedUtc,
                total.Elapsed.TotalMilliseconds,
                calls,
                null,
                null,
                exception.GetType().Name + ": " + exception.Message
            );
        }
    }

    /// <summary>The call's timing and status, and the answer when it is a 200. Timed until the whole answer has arrived.</summary>
    private static async Task<(Call Call, T? Value)> SendAsync<T>(
        HttpClient http,
        HttpMethod method,
        string path,
        string token,
        string kind,
        HttpContent content
    )
        where T : class
    {
        var watch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return (new Call(kind, elapsed, response.StatusCode, null), JsonSerializer.Deserialize<T>(body, Json));
        }

        string? code = null;
        if (body.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
        {
            using var problem = JsonDocument.Parse(body);
            code = problem.RootElement.TryGetProperty("code", out var value) ? value.GetString() : null;
        }

        return (new Call(kind, elapsed, response.StatusCode, code ?? $"HTTP {(int)response.StatusCode}"), null);
    }

    private sealed record KeptCheck(
        int Lost,
        IReadOnlyList<string> LostExamples,
        int VersionsInDatabase,
        int LateVersionsInDatabase,
        int VersionsAtOrAfterDeadline,
        DateTime? LastSubmittedUtc
    );

    /// <summary>
    /// Every acknowledged version is in the database with the acknowledged hash, and its file is in storage with its hash.
    /// </summary>
    private static async Task<KeptCheck> CheckKeptAsync(
        TechChallengeApp app,
        Guid challengeId,
        IReadOnlyList<Outcome> accepted,
        HashSet<string> lateSolvers,
        DateTime deadline
    )
    {
        var proposals = await app.WithDbAsync(db =>
            db.Proposals.AsNoTracking()
                .Include(p => p.Versions)
                .Include(p => p.Attachments)
                .Where(p => p.ChallengeId == challengeId)
                .AsSplitQuery()
                .ToDictionaryAsync(p => p.Id)
        );
        var storage = app.Services.GetRequiredService<FileStorage>();
        var lost = new List<string>();
        foreach (var outcome in accepted)
        {
            var version = outcome.Version!;
            var kept =
                proposals.GetValueOrDefault(version.ProposalId) is { } proposal
                && proposal.StartedByUserId == outcome.Plan.Solver.UserId
                && proposal.Status == ProposalStatus.Submitted
                && proposal.Versions.SingleOrDefault(v => v.Number == version.Number) is { } stored
                && stored.ContentSha256 == version.ContentSha256
                && stored.ComputeContentSha256() == version.ContentSha256
                && stored.Files.SingleOrDefault() is { } file
                && file.Sha256 == outcome.FileSha256
                && proposal.Attachments.SingleOrDefault(a => a.Id == file.AttachmentId) is { } attachment
                && await StoredSha256Async(storage, attachment.StorageKey) == outcome.FileSha256;
            if (!kept)
            {
                lost.Add($"{outcome.Plan.Solver.Email} proposal {version.ProposalId} v{version.Number}");
            }
        }

        var versions = proposals.Values.SelectMany(p => p.Versions.Select(v => (p.StartedByUserId, v.SubmittedAtUtc))).ToList();
        return new KeptCheck(
            lost.Count,
            [.. lost.Take(5)],
            versions.Count,
            versions.Count(v => lateSolvers.Contains(v.StartedByUserId)),
            versions.Count(v => v.SubmittedAtUtc >= deadline),
            versions.Count == 0 ? null : versions.Max(v => v.SubmittedAtUtc)
        );
    }

    private static async Task<string> StoredSha256Async(FileStorage storage, string storageKey)
    {
        try
        {
            await using var content = storage.OpenRead(storageKey);
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(content));
        }
        catch (FileNotFoundException)
        {
            return "";
        }
    }

    private static void Report(
        BenchOptions options,
        List<Outcome> before,
        List<Outcome> after,
        KeptCheck check,
        DateTime deadline,
        ThreadPoolWatch threads,
        int attachmentBytes
    )
    {
        string Codes(IEnumerable<Outcome> outcomes) =>
            string.Join(
                ", ",
                outcomes
                    .SelectMany(o => o.Calls.Where(c => c.Code is not null).Select(c => $"{c.Kind} → {c.Code}"))
                    .GroupBy(c => c)
                    .OrderByDescending(g => g.Count())
                    .Select(g => $"{g.Key} ×{g.Count()}")
            )
                is { Length: > 0 } text
                ? text
                : "—";

        Console.WriteLine();
        Console.WriteLine("| started | submissions | accepted | refused | errors | refusals (request → code ×count) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(
            $"| before the deadline | {before.Count:N0} | {before.Count(o => o.Accepted):N0} | {before.Count(o => o.Refused)} | "
                + $"{before.Count(o => o.Error is not null)} | {Codes(before)} |"
        );
        Console.WriteLine(
            $"| after the deadline | {after.Count:N0} | {after.Count(o => o.Accepted)} | {after.Count(o => o.Refused)} | "
                + $"{after.Count(o => o.Error is not null)} | {Codes(after)} |"
        );

        var refusedBefore = before.Count(o => !o.Accepted);
        var acceptedAfter = after.Count(o => o.Accepted) + check.LateVersionsInDatabase;
        Console.WriteLine();
        // Scheduled before the deadline but begun after it: the clients were all busy, i.e. the server fell behind.
        var begunLate = before.Count(o => !o.Accepted && o.StartedUtc >= deadline);
        Console.WriteLine(
            $"- refused or failed before the deadline: **{refusedBefore}** (must be 0)"
                + (begunLate > 0 ? $"; {begunLate} of them only began after it, all clients being busy" : "")
        );
        Console.WriteLine(
            $"- accepted after the deadline: **{acceptedAfter}** (answers {after.Count(o => o.Accepted)}, versions of late solvers in the "
                + $"database {check.LateVersionsInDatabase}; must be 0)"
        );
        Console.WriteLine(
            $"- lost (acknowledged, not in the database with that hash and file): **{check.Lost}** (must be 0)"
                + (check.Lost > 0 ? ": " + string.Join("; ", check.LostExamples) : "")
        );
        Console.WriteLine(
            $"- versions in the database: {check.VersionsInDatabase:N0}, at or after the deadline: {check.VersionsAtOrAfterDeadline}; "
                + $"last version {(deadline - (check.LastSubmittedUtc ?? deadline)).TotalMilliseconds:0} ms before the deadline (database "
                + $"time)"
        );
        var errors = before.Concat(after).Where(o => o.Error is not null).Select(o => o.Error!).Distinct().Take(3).ToList();
        if (errors.Count > 0)
        {
            Console.WriteLine($"- errors: {string.Join(" | ", errors)}");
        }

        var storm = before.Where(o => o.Accepted).ToList();
        Console.WriteLine();
        Console.WriteLine("| request (storm, accepted submissions) | count | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var kind in new[] { Draft, Attachment, Submit })
        {
            Console.WriteLine(
                Row(
                    $"{kind}{(kind == Attachment ? $" ({options.AttachmentKb} KB)" : "")}",
                    storm.SelectMany(o => o.Calls).Where(c => c.Kind == kind).Select(c => c.Milliseconds)
                )
            );
        }

        Console.WriteLine(Row("every request", storm.SelectMany(o => o.Calls).Select(c => c.Milliseconds)));
        Console.WriteLine(Row("whole submission (3 requests)", storm.Select(o => o.TotalMilliseconds)));
        Console.WriteLine(Row("after the deadline: each refused request", after.SelectMany(o => o.Calls).Select(c => c.Milliseconds)));

        // When the slow ones started: a stall shows as one bad bucket, an overload as buckets getting worse towards the deadline.
        Console.WriteLine();
        Console.WriteLine("| started (s before the deadline) | submissions | whole submission p50 / p95 / max ms |");
        Console.WriteLine("|---|---|---|");
        foreach (
            var bucket in storm
                .GroupBy(o => (int)Math.Floor((deadline - o.StartedUtc).TotalSeconds / 10) * 10)
                .OrderByDescending(g => g.Key)
        )
        {
            var times = bucket.Select(o => o.TotalMilliseconds).Order().ToList();
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {bucket.Key + 10}–{bucket.Key} | {times.Count:N0} | {Percentile(times, 0.5):0} / {Percentile(times, 0.95):0} / "
                        + $"{times[^1]:0} |"
                )
            );
        }

        if (before.Count > 0)
        {
            var first = before.Min(o => o.StartedUtc);
            var last = before.Max(o => o.StartedUtc.AddMilliseconds(o.TotalMilliseconds));
            var seconds = (last - first).TotalSeconds;
            var requests = before.Sum(o => o.Calls.Count);
            var uploaded = before.Count(o => o.Calls.Any(c => c.Kind == Attachment)) * (double)attachmentBytes / (1024 * 1024);
            var lag = before.Select(o => (o.StartedUtc - o.Plan.StartUtc).TotalMilliseconds).ToList();
            Console.WriteLine();
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"- throughput over the storm ({seconds:0.0} s from first start to last answer): {storm.Count / seconds:0.0} "
                        + $"submissions/s, "
                )
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"{requests / seconds:0.0} requests/s, {uploaded / seconds:0.00} MB/s uploaded (the offered rate is "
                            + $"{options.Submissions / (TimeSpan.FromSeconds(options.Seconds) - FinalGap).TotalSeconds:0.0} submissions/s)"
                    )
            );
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"- client start lag behind the schedule: p95 {Percentile(lag, 0.95):0} ms, max {lag.Max():0} ms (clients all busy "
                        + $"when it grows)"
                )
            );
            Console.WriteLine(
                $"- thread pool during the run: up to {threads.MaxThreads} threads, up to {threads.MaxPending} queued work items"
            );
        }
    }

    private static string Row(string name, IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0
            ? $"| {name} | 0 | — | — | — | — |"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {sorted.Count:N0} | {Percentile(sorted, 0.5):0.0} | {Percentile(sorted, 0.95):0.0} | "
                    + $"{Percentile(sorted, 0.99):0.0} | {sorted[^1]:0.0} |"
            );
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static string Describe(Outcome outcome) =>
        outcome.Error ?? string.Join(", ", outcome.Calls.Select(c => $"{c.Kind} {(int)c.Status} {c.Code}"));

    private sealed record CpuUse(double Seconds, double MachinePercent, double ProcessPercent, double ProcessSeconds, double StealPercent);

    /// <summary>
    /// The machine's busy time (Linux /proc/stat) and this process's CPU time over an interval, so a reading can tell
    /// the server's own cost from a database server or another job sharing the cores.
    /// </summary>
    private sealed class CpuWatch
    {
        private readonly Stopwatch wall = Stopwatch.StartNew();
        private readonly TimeSpan processStart = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly (long Busy, long Total, long Steal)? machineStart = Machine();

        public static CpuWatch Start() => new();

        public CpuUse? Stop()
        {
            var process = (Process.GetCurrentProcess().TotalProcessorTime - processStart).TotalSeconds;
            if (machineStart is not { } start || Machine() is not { } end)
            {
                return null;
            }

            var seconds = wall.Elapsed.TotalSeconds;
            var busyShare = (double)(end.Busy - start.Busy) / (end.Total - start.Total);
            var stealShare = (double)(end.Steal - start.Steal) / (end.Total - start.Total);
            return new CpuUse(seconds, busyShare * 100, process / (seconds * Environment.ProcessorCount) * 100, process, stealShare * 100);
        }

        private static (long Busy, long Total, long Steal)? Machine()
        {
            if (!File.Exists("/proc/stat"))
            {
                return null;
            }

            // cpu  user nice system idle iowait irq softirq steal …: idle and iowait are the not-busy part; steal is
            // time the hypervisor gave this machine's cores to another guest.
            var fields = File.ReadLines("/proc/stat")
                .First()
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Skip(1)
                .Take(8)
                .Select(long.Parse)
                .ToArray();
            var total = fields.Sum();
            return (total - fields[3] - fields[4], total, fields[7]);
        }
    }

    /// <summary>Samples the process's thread pool (the server and the clients share it), to tell starvation from slow work.</summary>
    private sealed class ThreadPoolWatch
    {
        private volatile bool stopped;

        public int MaxThreads { get; private set; }

        public long MaxPending { get; private set; }

        public async Task SampleAsync()
        {
            while (!stopped)
            {
                MaxThreads = Math.Max(MaxThreads, ThreadPool.ThreadCount);
                MaxPending = Math.Max(MaxPending, ThreadPool.PendingWorkItemCount);
                await Task.Delay(100);
            }
        }

        public void Stop() => stopped = true;
    }
}
