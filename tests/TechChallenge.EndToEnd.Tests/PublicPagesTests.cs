using System.Text.RegularExpressions;
using TechChallenge.TestSupport;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TechChallenge.EndToEnd.Tests;

/// <summary>
/// The public pages as their readers use them: the way from the (interactive) home page to the statically rendered
/// catalog, and the challenge page's countdown, which ticks in the browser, with or without a live connection.
/// </summary>
public sealed class PublicPagesTests(Browser browser, ServedApp served, ITestOutputHelper output)
    : BrowserTest(browser, served.App, output),
        IClassFixture<Browser>,
        IClassFixture<ServedApp>
{
    private static readonly Regex TimeLeft = new(@"^(\d+ days? )?\d\d:\d\d:\d\d$");

    [SkippableFact]
    public async Task A_signed_in_solver_goes_from_the_home_page_to_the_catalog_by_its_main_button()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var solver = await Browser.NewPersonAsync(served.Address);
        await solver.LogInAsync(DemoAccounts.Solver);
        await solver.GotoAsync("/"); // static for everyone: the layout opens no circuit of its own

        await solver.GetByTestId("browse-challenges").ClickAsync();

        await Expect(solver).ToHaveURLAsync(new Regex("/challenges$"));
        await Expect(solver.Locator("h1")).ToHaveTextAsync("Innovation challenges");
        await Expect(solver.GetByTestId("challenge-card").First).ToBeVisibleAsync();
        Assert.True(await solver.GetByTestId("challenge-card").CountAsync() >= 3);
        await Expect(solver.GetByText("Not found")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task An_anonymous_readers_countdown_ticks_in_the_browser_also_after_enhanced_navigation()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var visitor = await Browser.NewPersonAsync(served.Address);
        await visitor.GotoAsync("/challenges?status=SubmissionsOpen");
        var links = await visitor
            .GetByTestId("challenge-card-title")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(links.Length >= 2, $"open challenges in the demo data: {links.Length}");

        await visitor.GotoAsync(links[0]);
        await Expect(visitor.GetByTestId("sign-in-to-follow")).ToBeVisibleAsync();
        await ExpectTickingAsync(visitor);
        // Static HTML: no live connection was opened for this reader.
        await Expect(visitor.Locator("[data-testid=circuit-ready]")).ToHaveCountAsync(0);

        await visitor.EvaluateAsync("url => Blazor.navigateTo(url)", links[1]);
        await Expect(visitor).ToHaveURLAsync(new Regex(Regex.Escape(links[1]) + "$"));
        await ExpectTickingAsync(visitor);
    }

    [SkippableFact]
    public async Task A_signed_in_readers_countdown_ticks_on_the_interactive_page()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var solver = await Browser.NewPersonAsync(served.Address);
        await solver.LogInAsync(DemoAccounts.Solver2);
        await solver.GotoAsync("/challenges?status=SubmissionsOpen");
        await solver.GetByTestId("challenge-card-title").First.ClickAsync();
        await solver.WaitForInteractiveAsync();

        await ExpectTickingAsync(solver);
        await Expect(solver.GetByTestId("follow")).ToBeVisibleAsync();
    }

    /// <summary>The time left reads as a duration and changes by itself within a few seconds.</summary>
    private static async Task ExpectTickingAsync(Microsoft.Playwright.IPage page)
    {
        var left = page.GetByTestId("countdown-left");
        await Expect(left).ToHaveTextAsync(TimeLeft);
        var before = await left.TextContentAsync();
        await page.WaitForFunctionAsync(
            "before => document.querySelector('[data-testid=countdown-left]')?.textContent !== before",
            before,
            new() { Timeout = 5_000 }
        );
        await Expect(left).ToHaveTextAsync(TimeLeft);
    }
}
