using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TechChallenge.TestSupport;

/// <summary>
/// Keeps what the app logs (at the configured level, Warning in tests) so a failing test can show the server's side
/// of the story next to the browser's.
/// </summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    /// <summary>Lines logged since <paramref name="count"/> lines had been logged.</summary>
    public IReadOnlyList<string> Since(int count) => [.. lines.Skip(count)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) =>
            log.lines.Enqueue(
                $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}"
                    + (exception is null ? "" : Environment.NewLine + exception)
            );
    }
}
