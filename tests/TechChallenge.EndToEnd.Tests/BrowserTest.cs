using TechChallenge.TestSupport;
using Xunit.Abstractions;

namespace TechChallenge.EndToEnd.Tests;

/// <summary>
/// A browser test that leaves, in its output, the text of every page it opened and what the server logged while it ran.
/// xunit prints a test's output when it fails, so an intermittent failure in CI can be read rather than guessed at.
/// </summary>
public abstract class BrowserTest(Browser browser, TechChallengeApp app, ITestOutputHelper output) : IAsyncLifetime
{
    private int logLinesBefore;

    protected Browser Browser { get; } = browser;

    public Task InitializeAsync()
    {
        logLinesBefore = app.Log.Lines.Count;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (Browser.SkipReason is not null)
        {
            return;
        }

        output.WriteLine("=== Pages at the end of the test");
        output.WriteLine(await Browser.DescribeAndForgetPagesAsync());
        output.WriteLine("=== Server log during the test");
        foreach (var line in app.Log.Since(logLinesBefore))
        {
            output.WriteLine(line);
        }
    }
}
