using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Storage;
using TechChallenge.TestSupport;
using Xunit.Abstractions;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// What the API acknowledged is kept: the server process is killed with SIGKILL in the middle of a burst of
/// submissions, and every submission it had answered 200 to is found afterwards, with its content hash and its file.
/// </summary>
public abstract class SubmissionDurabilityTests(DatabaseProvider provider, ITestOutputHelper output)
{
    private const int Solvers = 240;
    private const int Clients = 32;

    // Killed once a third is acknowledged: enough kept to check, and the other clients are mid-request.
    private const int KillAfterAcknowledged = Solvers / 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Acknowledged(
        ApiSolver Solver,
        Guid ProposalId,
        int Number,
        string ContentSha256,
        Guid AttachmentId,
        string FileSha256
    );

    [SkippableFact]
    public async Task Submissions_acknowledged_before_a_kill_9_are_all_there_after_restart()
    {
        string? connectionString = null;
        if (provider == DatabaseProvider.Postgres)
        {
            Skip.If(PostgresServer.Unavailable() is not null, PostgresServer.Unavailable());
            connectionString = await PostgresServer.CreateDatabaseAsync("tc_durability");
        }

        var folder = TechChallengeApp.NewDataFolder();
        // The same scheduler name for every process on this database: the restarted server owns the prepared triggers.
        var settings = new Dictionary<string, string?> { ["Database:SchedulerName"] = $"durability-{Guid.NewGuid():N}" };
        ServerProcess? server = null;
        try
        {
            var watch = Stopwatch.StartNew();
            Guid challengeId;
            IReadOnlyList<ApiSolver> solvers;
            await using (var setup = new TechChallengeApp(provider, connectionString, folder, settings))
            {
                challengeId = await ChallengeScenarios.PublishAsync(
                    setup,
                    ChallengeScenarios.Content(DateTime.UtcNow.AddDays(5), "Durability 持久性"),
                    [DemoAccounts.Judge]
                );
                solvers = await ApiSolvers.CreateAsync(setup, Solvers, $"durable-{Guid.NewGuid():N}"[..16]);
            }

            output.WriteLine($"prepared {Solvers} solvers in {watch.Elapsed.TotalSeconds:0.0} s");
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = provider.ToString(),
                ["Database__ConnectionString"] = connectionString ?? "",
                ["Database__DataPath"] = folder,
                ["Database__SeedDemoData"] = "false",
                ["Database__SchedulerName"] = settings["Database:SchedulerName"]!,
            };
            server = await ServerProcess.StartAsync(environment, StartTimeout);
            output.WriteLine($"server process {server.ProcessId} answering at {watch.Elapsed.TotalSeconds:0.0} s");

            var burst = await BurstUntilKilledAsync(server, challengeId, solvers);
            output.WriteLine(
                $"killed at {watch.Elapsed.TotalSeconds:0.0} s (exit code {burst.ExitCode}): {burst.Acknowledged.Count} acknowledged, "
                    + $"{burst.Interrupted} interrupted by it, {burst.Failed} failed in all, {burst.NotStarted} not started"
            );
            Assert.Empty(burst.Refused);
            // 128 + 9: the kernel reports the process as ended by SIGKILL, not by a shutdown of its own.
            Assert.Equal(137, burst.ExitCode);
            Assert.True(burst.Acknowledged.Count >= KillAfterAcknowledged, $"only {burst.Acknowledged.Count} acknowledged");
            Assert.True(burst.Interrupted > 0, "the kill did not interrupt any submission; the test proved nothing");
            await server.DisposeAsync();
            server = null;

            await using (var reopened = new TechChallengeApp(provider, connectionString, folder, settings))
            {
                await AssertKeptAsync(reopened, burst.Acknowledged);
            }

            output.WriteLine($"verified in the database at {watch.Elapsed.TotalSeconds:0.0} s");

            // And the restarted server hands out each acknowledged receipt.
            server = await ServerProcess.StartAsync(environment, StartTimeout);
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
            foreach (var ack in burst.Acknowledged)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/proposals/{ack.ProposalId}/receipts/{ack.Number}");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ack.Solver.Token);
                using var response = await http.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var receipt = (await response.Content.ReadFromJsonAsync<ProposalReceipt>(Json))!;
                Assert.Equal(ack.ContentSha256, receipt.ContentSha256);
                Assert.Equal(ack.FileSha256, Assert.Single(receipt.Files).Sha256);
            }

            output.WriteLine($"receipts served after restart at {watch.Elapsed.TotalSeconds:0.0} s");
        }
        catch when (server is not null)
        {
            output.WriteLine(server.RecentOutput);
            throw;
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            if (connectionString is not null)
            {
                await PostgresServer.DropDatabaseAsync(connectionString);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Burst(
        IReadOnlyList<Acknowledged> Acknowledged,
        IReadOnlyList<string> Refused,
        int Interrupted,
        int Failed,
        int NotStarted,
        int ExitCode
    );

    /// <summary>
    /// <see cref="Clients"/> clients submit one proposal each for the solvers in turn (draft, file, submit) until the
    /// server is killed, which happens as soon as <see cref="KillAfterAcknowledged"/> submissions have been answered.
    /// </summary>
    private static async Task<Burst> BurstUntilKilledAsync(ServerProcess server, Guid challengeId, IReadOnlyList<ApiSolver> solvers)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients })
        {
            BaseAddress = server.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var form = await SendAsync<ProposalFormView>(
            http,
            HttpMethod.Get,
            $"api/v1/challenges/{challengeId}/proposal-form",
            solvers[0].Token,
            null
        );
        var acknowledged = new ConcurrentQueue<Acknowledged>();
        var refused = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var killedAt = long.MaxValue;
        var next = -1;
        var started = 0;
        var acknowledgedCount = 0;
        var interrupted = 0;
        var failed = 0;
        var exitCode = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task ClientAsync()
        {
            while (Interlocked.Read(ref killedAt) == long.MaxValue && Interlocked.Increment(ref next) is var index && index < solvers.Count)
            {
                Interlocked.Increment(ref started);
                var startedAt = clock.ElapsedTicks;
                try
                {
                    acknowledged.Enqueue(await SubmitAsync(http, challengeId, form, solvers[index], index));
                    if (Interlocked.Increment(ref acknowledgedCount) == KillAfterAcknowledged)
                    {
                        Interlocked.Exchange(ref killedAt, clock.ElapsedTicks);
                        exitCode.SetResult(await server.KillHardAsync());
                    }
                }
                catch (UnexpectedAnswerException exception)
                {
                    refused.Enqueue(exception.Message);
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException)
                {
                    // The connection died with the server: never acknowledged, so nothing is owed. Those begun before
                    // the kill are the ones it interrupted; later ones found nobody listening.
                    Interlocked.Increment(ref failed);
                    if (startedAt < Interlocked.Read(ref killedAt))
                    {
                        Interlocked.Increment(ref interrupted);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(ClientAsync)));
        if (!exitCode.Task.IsCompleted)
        {
            throw new InvalidOperationException(
                $"The burst ended before the kill: {acknowledged.Count} acknowledged, refusals: {string.Join(" | ", refused)}"
                    + Environment.NewLine
                    + server.RecentOutput
            );
        }

        return new Burst(
            [.. acknowledged],
            [.. refused],
            interrupted,
            failed,
            solvers.Count - Math.Min(solvers.Count, started),
            await exitCode.Task
        );
    }

    /// <summary>One solver's whole submission through the API, as an institution's system sends it.</summary>
    private static async Task<Acknowledged> SubmitAsync(
        HttpClient http,
        Guid challengeId,
        ProposalFormView form,
        ApiSolver solver,
        int index
    )
    {
        var title = $"Durable proposal {index} 持久";
        var sections = form.Sections.Select((s, i) => new SectionAnswer(s.Key, $"{title}: answer {i + 1} 回答")).ToList();
        var draft = await SendAsync<ProposalDraft>(
            http,
            HttpMethod.Put,
            $"api/v1/challenges/{challengeId}/proposal/draft",
            solver.Token,
            JsonContent.Create(new DraftInput(0, title, $"Abstract of {title}", sections), options: Json)
        );

        var file = Encoding.ASCII.GetBytes($"%PDF-1.4\n% durability test {index} {solver.UserId}\n" + new string('x', 2048));
        var upload = new MultipartFormDataContent
        {
            {
                new ByteArrayContent(file) { Headers = { ContentType = new("application/pdf") } },
                "file",
                $"report-{index}.pdf"
            },
        };
        var attachment = await SendAsync<AttachmentView>(
            http,
            HttpMethod.Post,
            $"api/v1/challenges/{challengeId}/proposal/attachments",
            solver.Token,
            upload
        );
        var fileSha256 = Convert.ToHexStringLower(SHA256.HashData(file));
        if (attachment.Sha256 != fileSha256)
        {
            throw new UnexpectedAnswerException($"{solver.Email}: upload answered SHA-256 {attachment.Sha256}, sent {fileSha256}");
        }

        // The upload is the only change since the save, and each raises the revision by one.
        var version = await SendAsync<SubmittedVersion>(
            http,
            HttpMethod.Post,
            $"api/v1/challenges/{challengeId}/proposal/submit",
            solver.Token,
            JsonContent.Create(new { expectedRevision = draft.Revision + 1 }, options: Json)
        );
        return new Acknowledged(solver, version.ProposalId, version.Number, version.ContentSha256, attachment.Id, fileSha256);
    }

    private static async Task<T> SendAsync<T>(HttpClient http, HttpMethod method, string path, string token, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        // Read whole: an answer is only acknowledged once all of it has arrived.
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new UnexpectedAnswerException($"{method} {path}: {(int)response.StatusCode} {body}");
        }

        return JsonSerializer.Deserialize<T>(body, Json) ?? throw new UnexpectedAnswerException($"{method} {path}: empty answer");
    }

    private static async Task AssertKeptAsync(TechChallengeApp app, IReadOnlyList<Acknowledged> acknowledged)
    {
        var ids = acknowledged.Select(a => a.ProposalId).ToList();
        var proposals = await app.WithDbAsync(db =>
            db.Proposals.AsNoTracking()
                .Include(p => p.Versions)
                .Include(p => p.Attachments)
                .Where(p => ids.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id)
        );
        var storage = app.Services.GetRequiredService<FileStorage>();
        var lost = new List<string>();
        foreach (var ack in acknowledged)
        {
            var proposal = proposals.GetValueOrDefault(ack.ProposalId);
            var version = proposal?.Versions.SingleOrDefault(v => v.Number == ack.Number);
            var attachment = proposal?.Attachments.SingleOrDefault(a => a.Id == ack.AttachmentId);
            if (proposal is null || version is null || attachment is null)
            {
                lost.Add(
                    $"{ack.Solver.Email}: proposal {ack.ProposalId} v{ack.Number} "
                        + (
                            proposal is null ? "missing"
                            : version is null ? "has no such version"
                            : "lost its attachment"
                        )
                );
                continue;
            }

            if (proposal.StartedByUserId != ack.Solver.UserId || proposal.Status != ProposalStatus.Submitted)
            {
                lost.Add($"{ack.Solver.Email}: proposal {ack.ProposalId} is {proposal.Status} for {proposal.StartedByUserId}");
            }

            if (version.ContentSha256 != ack.ContentSha256 || version.ComputeContentSha256() != ack.ContentSha256)
            {
                lost.Add($"{ack.Solver.Email}: v{ack.Number} hash {version.ContentSha256}, acknowledged {ack.ContentSha256}");
            }

            if (
                version.Files.SingleOrDefault() is not { } versionFile
                || versionFile.AttachmentId != ack.AttachmentId
                || versionFile.Sha256 != ack.FileSha256
            )
            {
                lost.Add($"{ack.Solver.Email}: v{ack.Number} does not list the acknowledged file");
            }

            string stored;
            try
            {
                await using var content = storage.OpenRead(attachment.StorageKey);
                stored = Convert.ToHexStringLower(await SHA256.HashDataAsync(content));
            }
            catch (FileNotFoundException)
            {
                stored = "(no file)";
            }

            if (stored != ack.FileSha256)
            {
                lost.Add($"{ack.Solver.Email}: stored file {attachment.StorageKey} hashes to {stored}, acknowledged {ack.FileSha256}");
            }
        }

        Assert.True(
            lost.Count == 0,
            $"{lost.Count} of {acknowledged.Count} acknowledged submissions not "
                + $"kept:{Environment.NewLine}{string.Join(Environment.NewLine, lost)}"
        );
    }

    private sealed class UnexpectedAnswerException(string message) : Exception(message);
}

[Trait("Database", "Sqlite")]
public sealed class SqliteSubmissionDurabilityTests(ITestOutputHelper output) : SubmissionDurabilityTests(DatabaseProvider.Sqlite, output);

[Trait("Database", "Postgres")]
public sealed class PostgresSubmissionDurabilityTests(ITestOutputHelper output)
    : SubmissionDurabilityTests(DatabaseProvider.Postgres, output);
