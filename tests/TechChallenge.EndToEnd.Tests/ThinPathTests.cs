using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechChallenge.Infrastructure.Data;
using TechChallenge.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace TechChallenge.EndToEnd.Tests;

/// <summary>The app served by Kestrel on a loopback port, on a fresh SQLite database with demo data.</summary>
public sealed class ServedApp : IAsyncLifetime
{
    public TechChallengeApp App { get; private set; } = default!;

    public Uri Address { get; private set; } = default!;

    public Task InitializeAsync()
    {
        App = new TechChallengeApp(DatabaseProvider.Sqlite, null, TechChallengeApp.NewDataFolder());
        Address = App.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(App.DataFolder, recursive: true);
    }
}

/// <summary>
/// The walking skeleton's thin path in real headless Chromium, as four people: a Nantong manager publishes, two
/// solvers answer, the real Quartz job closes submissions at the deadline, a judge scores, the manager sees the ranking.
/// </summary>
public sealed class ThinPathTests(Browser browser, ServedApp served) : IClassFixture<Browser>, IClassFixture<ServedApp>
{
    private static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [SkippableFact]
    public async Task Manager_publishes_solvers_submit_the_clock_closes_a_judge_scores_and_the_manager_sees_the_ranking()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var title = $"Recycling of lithium battery cathodes {Guid.NewGuid():N}"[..48];
        // Long enough for two solvers to act through the UI, short enough to keep the test quick.
        var deadlineUtc = DateTime.UtcNow.AddSeconds(70);
        deadlineUtc = deadlineUtc.AddTicks(-(deadlineUtc.Ticks % TimeSpan.TicksPerSecond)); // the form takes whole seconds

        // 1. The Nantong sub-center manager creates and publishes the challenge.
        var manager = await browser.NewPersonAsync(served.Address);
        await manager.LogInAsync(DemoAccounts.NantongManager);
        await manager.GotoAsync("/manage/challenges/new");
        await manager.WaitForInteractiveAsync();
        await manager.GetByTestId("challenge-title-input").FillAsync(title);
        await manager.GetByTestId("challenge-summary-input").FillAsync("A Nantong battery recycler needs a cheaper cathode recovery route.");
        await manager.GetByTestId("challenge-enterprise-input").FillAsync("Nantong Green Energy Recycling Co.");
        var localDeadline = TimeZoneInfo.ConvertTimeFromUtc(deadlineUtc, ChinaStandardTime);
        await manager.GetByTestId("challenge-deadline-input").FillAsync(localDeadline.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        await manager.GetByTestId("criterion-name-0").FillAsync("Recovery rate");
        await SetNumericAsync(manager.GetByTestId("criterion-weight-0"), "60");
        await manager.GetByTestId("criterion-name-1").FillAsync("Process cost");
        await SetNumericAsync(manager.GetByTestId("criterion-weight-1"), "40");
        await Expect(manager.GetByTestId("weight-total")).ToContainTextAsync("100");
        await manager.GetByTestId("judge-option").First.ClickAsync();
        await manager.GetByTestId("save-draft").ClickAsync();
        await manager.WaitForURLAsync(new Regex("/manage/challenges/[0-9a-f-]{36}$"));
        var challengePath = new Uri(manager.Url).AbsolutePath.Replace("/manage", "");
        await manager.GetByTestId("publish").ClickAsync();
        await Expect(manager.GetByTestId("challenge-status")).ToHaveTextAsync("Open for submissions");
        // The durable trigger is in the scheduler's store, at the deadline the manager entered (to the second).
        await Expect(manager.GetByTestId("scheduled-close")).ToContainTextAsync(localDeadline.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

        // 2. A solver finds it in the catalog and submits a proposal with one attachment.
        var solver = await browser.NewPersonAsync(served.Address);
        await solver.LogInAsync(DemoAccounts.Solver);
        await solver.GotoAsync("/challenges");
        await solver.WaitForInteractiveAsync();
        await solver.GetByTestId("catalog-search").FillAsync(title);
        await solver.GetByTestId("catalog-search-button").ClickAsync();
        await Expect(solver.GetByTestId("challenge-card")).ToHaveCountAsync(1);
        await solver.GetByTestId("challenge-card").GetByText(title).ClickAsync();
        await Expect(solver.GetByTestId("challenge-title")).ToHaveTextAsync(title);
        await Expect(solver.GetByTestId("challenge-deadline")).ToContainTextAsync("China Standard Time, UTC+08:00");
        await solver.GetByTestId("start-proposal").ClickAsync();
        await solver.WaitForInteractiveAsync();
        await solver.GetByTestId("proposal-title").FillAsync("Hydrometallurgical recovery at 60 °C");
        await solver.GetByTestId("proposal-body").FillAsync("Leaching with organic acids recovers 98 % of cobalt and nickel at low temperature.");
        await solver.GetByTestId("proposal-files").SetInputFilesAsync(new FilePayload
        {
            Name = "pilot-results.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4 pilot results"u8.ToArray(),
        });
        await Expect(solver.GetByTestId("selected-file")).ToContainTextAsync("pilot-results.pdf");
        await solver.GetByTestId("submit-proposal").ClickAsync();
        await Expect(solver.GetByTestId("submit-receipt")).ToBeVisibleAsync();
        await Expect(solver.GetByTestId("attachment-link")).ToHaveTextAsync("pilot-results.pdf");

        // 3. A second solver opens the form before the deadline but only presses submit after it.
        var lateSolver = await browser.NewPersonAsync(served.Address);
        await lateSolver.LogInAsync(DemoAccounts.Solver2);
        await lateSolver.GotoAsync(challengePath + "/propose");
        await lateSolver.WaitForInteractiveAsync();
        await lateSolver.GetByTestId("proposal-title").FillAsync("Direct regeneration");
        await lateSolver.GetByTestId("proposal-body").FillAsync("Relithiation of spent cathodes without dissolution.");

        // 4. At the deadline the scheduler closes submissions; the public page shows judging has begun.
        var untilClosed = deadlineUtc.AddSeconds(30);
        var status = "";
        while (DateTime.UtcNow < untilClosed && status != "Judging")
        {
            await Task.Delay(1000);
            await solver.GotoAsync(challengePath);
            status = (await solver.GetByTestId("challenge-status").TextContentAsync())?.Trim() ?? "";
        }

        Assert.Equal("Judging", status);
        Assert.True(DateTime.UtcNow >= deadlineUtc);

        // The stale form still shows a submit button; the server refuses it with a clear message.
        await lateSolver.GetByTestId("submit-proposal").ClickAsync();
        await Expect(lateSolver.GetByTestId("submit-error")).ToContainTextAsync("Submissions for this challenge closed at");

        // 5. The judge opens the proposal and scores each criterion.
        var judge = await browser.NewPersonAsync(served.Address);
        await judge.LogInAsync(DemoAccounts.Judge);
        await judge.GotoAsync("/judging");
        await judge.WaitForInteractiveAsync();
        await judge.GetByTestId("judge-entry").Filter(new LocatorFilterOptions { HasText = title }).GetByText("Hydrometallurgical recovery at 60 °C").ClickAsync();
        await judge.WaitForInteractiveAsync();
        await Expect(judge.GetByTestId("proposal-body")).ToContainTextAsync("organic acids");
        await SetNumericAsync(judge.GetByTestId("score-0"), "9");
        await SetNumericAsync(judge.GetByTestId("score-1"), "7");
        await judge.GetByTestId("save-scores").ClickAsync();
        await Expect(judge.GetByTestId("scores-saved")).ToBeVisibleAsync();

        // 6. The manager sees the entries ranked by weighted score: 60 × 9/10 + 40 × 7/10 = 82.
        await manager.GotoAsync("/manage" + challengePath);
        var row = manager.GetByTestId("ranking-row").Filter(new LocatorFilterOptions { HasText = "Hydrometallurgical recovery" });
        await Expect(row.GetByTestId("ranking-score")).ToHaveTextAsync("82.00");
        await Expect(row.Locator("td").First).ToHaveTextAsync("1");
        await Expect(manager.GetByTestId("ranking-row")).ToHaveCountAsync(1); // the late proposal was not accepted
    }

    [SkippableFact]
    public async Task The_language_switch_changes_the_page_and_persists()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var visitor = await browser.NewPersonAsync(served.Address, locale: "zh-CN");

        await visitor.GotoAsync("/challenges");
        await Expect(visitor.Locator("h1")).ToHaveTextAsync("创新挑战榜单");
        await visitor.GetByTestId("lang-en-US").ClickAsync();
        await Expect(visitor.Locator("h1")).ToHaveTextAsync("Innovation challenges");
        await visitor.GotoAsync("/");
        await visitor.GotoAsync("/challenges");
        await Expect(visitor.Locator("h1")).ToHaveTextAsync("Innovation challenges");
        await visitor.GetByTestId("lang-zh-CN").ClickAsync();
        await Expect(visitor.Locator("h1")).ToHaveTextAsync("创新挑战榜单");
    }

    /// <summary>Radzen's numeric field commits its value on change; typing then leaving the field does that.</summary>
    private static async Task SetNumericAsync(ILocator numeric, string value)
    {
        var input = numeric.Locator("input").Or(numeric.And(numeric.Page.Locator("input"))).First;
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }
}
