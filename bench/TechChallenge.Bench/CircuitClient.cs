using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace TechChallenge.Bench;

/// <summary>
/// The browsers' side of the circuits scenario, run as a child process (<c>--scenario circuit-client</c>) so that its
/// objects, threads and CPU are not counted as the server's. It reads one command per line on standard input and
/// answers each with one line of JSON on standard output:
/// <list type="bullet">
/// <item><c>open ADDRESS EMAIL|- PATH COUNT PARALLEL</c>: opens COUNT circuits on PATH, PARALLEL at a time, as EMAIL
/// (signed in once through the login form) or anonymously (<c>-</c>).</item>
/// <item><c>status</c>: how many circuits are open and live, render batches and JS calls received so far.</item>
/// <item><c>close</c>: closes every open circuit. <c>quit</c>: closes them and exits.</item>
/// </list>
/// </summary>
internal static class CircuitClient
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(string password)
    {
        var sessions = new Dictionary<string, BrowserSession>();
        var circuits = new ConcurrentBag<BlazorCircuit>();
        using var log = new WarningCounter();
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            object answer;
            switch (words.FirstOrDefault())
            {
                case "open":
                    var key = words[1] + " " + words[2];
                    if (!sessions.TryGetValue(key, out var session))
                    {
                        session = await BrowserSession.OpenAsync(new Uri(words[1]), words[2] == "-" ? null : words[2], password);
                        sessions[key] = session;
                    }

                    answer = await OpenAsync(session, words[3], Int(words[4]), Int(words[5]), circuits, log);
                    break;
                case "status":
                    var all = circuits.ToList();
                    answer = new
                    {
                        open = all.Count,
                        live = all.Count(c => c.IsLive),
                        firstError = all.Select(c => c.Error).FirstOrDefault(e => e is not null),
                        renderBatches = Interlocked.Read(ref BlazorCircuit.TotalRenderBatches),
                        jsCalls = Interlocked.Read(ref BlazorCircuit.TotalJsCalls),
                        jsFunctions = BlazorCircuit.JsCalls,
                        clientWarnings = log.Count,
                        firstClientWarning = log.First,
                    };
                    break;
                case "close" or "quit":
                    var closing = circuits.ToList();
                    circuits.Clear();
                    await Parallel.ForEachAsync(closing, new ParallelOptions { MaxDegreeOfParallelism = 16 }, (c, _) => c.DisposeAsync());
                    answer = new { closed = closing.Count };
                    break;
                default:
                    answer = new { error = $"unknown command {line}" };
                    break;
            }

            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(answer));
            await Console.Out.FlushAsync();
            if (words.FirstOrDefault() == "quit")
            {
                break;
            }
        }

        foreach (var session in sessions.Values)
        {
            session.Dispose();
        }
    }

    private static async Task<object> OpenAsync(
        BrowserSession session,
        string path,
        int count,
        int parallel,
        ConcurrentBag<BlazorCircuit> circuits,
        ILoggerProvider log
    )
    {
        var watch = Stopwatch.StartNew();
        var (opened, failed) = (0, 0);
        string? firstError = null;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (_, _) =>
        {
            try
            {
                circuits.Add(await BlazorCircuit.OpenAsync(session, path, OpenTimeout, log));
                Interlocked.Increment(ref opened);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Interlocked.Increment(ref failed);
                Interlocked.CompareExchange(ref firstError, exception.GetType().Name + ": " + exception.Message, null);
            }
        });
        return new
        {
            opened,
            failed,
            firstError,
            seconds = watch.Elapsed.TotalSeconds,
        };
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The SignalR client's warnings (e.g. a server message it could not bind), counted, the first one kept.</summary>
    private sealed class WarningCounter : ILoggerProvider, ILogger
    {
        private int count;
        private string? first;

        public int Count => count;

        public string? First => first;

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        )
        {
            if (IsEnabled(logLevel) && Interlocked.Increment(ref count) == 1)
            {
                first = formatter(state, exception) + (exception is null ? "" : " " + exception.Message);
            }
        }

        public void Dispose() { }
    }
}
