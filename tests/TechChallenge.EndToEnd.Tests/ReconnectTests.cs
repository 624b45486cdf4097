using Microsoft.Playwright;
using TechChallenge.Infrastructure.Data;
using TechChallenge.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace TechChallenge.EndToEnd.Tests;

/// <summary>
/// After a server restart the open page must recover by itself: .NET 10's reconnect dialog (Components/Layout/
/// ReconnectModal) finds the circuit rejected by the new process and reloads the page, which then works again. Only
/// signed-in people have circuits (anonymous readers get static pages), so a solver is the one reading.
/// </summary>
public sealed class ReconnectTests(Browser browser) : IClassFixture<Browser>
{
    [SkippableFact]
    public async Task An_open_page_recovers_after_the_server_restarts()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var dataFolder = TechChallengeApp.NewDataFolder();
        var port = TechChallengeApp.FreePort();
        var first = new TechChallengeApp(DatabaseProvider.Sqlite, null, dataFolder);
        var address = first.StartKestrel(port);
        TechChallengeApp? second = null;
        try
        {
            var page = await browser.NewPersonAsync(address);
            await page.LogInAsync(DemoAccounts.Solver);
            await page.GotoAsync("/proposals/mine"); // a live page (home and the catalog are static)
            await page.WaitForInteractiveAsync();
            await page.EvaluateAsync("() => { window.beforeRestart = true; }");

            await first.DisposeAsync();
            // The dialog's own stylesheet (the scoped CSS bundle) decides which of its messages shows: while it
            // rejoins, not the failure's retry button.
            await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(page.Locator("#components-reconnect-button")).ToBeHiddenAsync();
            second = new TechChallengeApp(DatabaseProvider.Sqlite, null, dataFolder);
            second.StartKestrel(port);

            // The page reloads itself (the marker set before the restart is gone) and is interactive again.
            var restartedAt = DateTime.UtcNow;
            await page.WaitForFunctionAsync(
                "() => window.beforeRestart === undefined",
                null,
                new PageWaitForFunctionOptions { Timeout = 60_000 }
            );
            Console.WriteLine($"page reloaded {(DateTime.UtcNow - restartedAt).TotalSeconds:0.0} s after the restart");
            await page.WaitForInteractiveAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Challenges", Exact = true }).First.ClickAsync();
            // The restarted server's first catalog page is a cold start (compilation, caches): allow it more than the usual 15 s.
            await page.GetByTestId("catalog-search").FillAsync("graphene", new() { Timeout = 30_000 });
            await page.GetByTestId("catalog-search-button").ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/challenges\?q=graphene$"));
            await Expect(page.GetByTestId("challenge-card")).ToHaveCountAsync(1);
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
