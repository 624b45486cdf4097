using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechChallenge.Infrastructure.Data;
using TechChallenge.TestSupport;
using Xunit.Abstractions;
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
public sealed class ThinPathTests(Browser browser, ServedApp served, ITestOutputHelper output)
    : BrowserTest(browser, served.App, output),
        IClassFixture<Browser>,
        IClassFixture<ServedApp>
{
    private static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [SkippableFact]
    public async Task Authored_approved_published_submitted_closed_by_the_clock_scored_and_ranked()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var title = $"Recycling of lithium battery cathodes {Guid.NewGuid():N}"[..48];
        // Long enough for authoring, review and two solvers through the UI, short enough to keep the test quick.
        var deadlineUtc = DateTime.UtcNow.AddSeconds(170);
        deadlineUtc = deadlineUtc.AddTicks(-(deadlineUtc.Ticks % TimeSpan.TicksPerSecond)); // the form takes whole seconds
        var localDeadline = TimeZoneInfo.ConvertTimeFromUtc(deadlineUtc, ChinaStandardTime);
        var localNow = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, ChinaStandardTime);

        // 1. The Nantong sub-center manager drafts the challenge; the editor saves as they type.
        var manager = await Browser.NewPersonAsync(served.Address);
        await manager.LogInAsync(DemoAccounts.NantongManager);
        await manager.GotoAsync("/manage/challenges/new");
        await manager.WaitForInteractiveAsync();
        await manager.GetByTestId("challenge-title-input").FillAsync(title);
        // Leaving the field commits its value to the server before the button is pressed.
        await manager.GetByTestId("challenge-title-input").PressAsync("Tab");
        await manager.GetByTestId("create-draft").ClickAsync();
        // Polls the address: WaitForURL waits for a navigation event, and can miss Blazor's in-circuit one when it comes
        // right after the click returns (seen as a 30 s timeout on a page already at the editor).
        await Expect(manager).ToHaveURLAsync(new Regex("/manage/challenges/[0-9a-f-]{36}/edit$"));
        await manager.WaitForInteractiveAsync();
        await manager
            .GetByTestId("challenge-summary-input")
            .FillAsync("A Nantong battery recycler needs a cheaper cathode recovery route.");
        await manager.GetByTestId("challenge-statement-input").FillAsync("Recover **cobalt and nickel** from spent NCM cathodes.");
        await manager.GetByTestId("challenge-enterprise-input").FillAsync("Nantong Green Energy Recycling Co.");
        await Expect(manager.GetByTestId("save-state")).ToContainTextAsync("Saved at", new() { Timeout = 15_000 });
        await manager.GetByTestId("add-round").ClickAsync();
        await manager
            .GetByTestId("round-opens-0")
            .FillAsync(localNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await manager.GetByTestId("round-closes-0").FillAsync(localDeadline.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        await manager
            .GetByTestId("round-judging-opens-0")
            .FillAsync(localDeadline.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await manager
            .GetByTestId("round-judging-closes-0")
            .FillAsync(localDeadline.AddDays(14).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await manager.GetByTestId("add-criterion").ClickAsync();
        await manager.GetByTestId("add-criterion").ClickAsync();
        await manager.GetByTestId("criterion-name-0").FillAsync("Recovery rate");
        await PageExtensions.SetNumericAsync(manager.GetByTestId("criterion-weight-0"), "60");
        await manager.GetByTestId("criterion-name-1").FillAsync("Process cost");
        await PageExtensions.SetNumericAsync(manager.GetByTestId("criterion-weight-1"), "40");
        await Expect(manager.GetByTestId("weight-total")).ToContainTextAsync("100");
        await manager.GetByTestId("judge-option").First.ClickAsync();
        await manager.GetByTestId("save-challenge").ClickAsync();
        await Expect(manager.GetByTestId("save-state")).ToContainTextAsync("Saved at");
        await manager.GetByTestId("back-to-manage").ClickAsync();
        await Expect(manager).ToHaveURLAsync(new Regex("/manage/challenges/[0-9a-f-]{36}$"));
        await manager.WaitForInteractiveAsync();
        var challengePath = new Uri(manager.Url).AbsolutePath.Replace("/manage", "");
        await Expect(manager.GetByTestId("publish")).ToHaveCountAsync(0); // not before a platform admin approves
        await manager.GetByTestId("submit-for-review").ClickAsync();
        await manager.ConfirmAsync("Submit for review");
        await Expect(manager.GetByTestId("challenge-status")).ToHaveTextAsync("Submitted for review");

        // 2. A platform admin finds it in the review queue and approves it.
        var admin = await Browser.NewPersonAsync(served.Address);
        await admin.LogInAsync(DemoAccounts.Admin);
        await admin.GotoAsync("/admin/reviews");
        await admin.WaitForInteractiveAsync();
        await admin
            .GetByTestId("challenge-card")
            .Filter(new LocatorFilterOptions { HasText = title })
            .GetByTestId("challenge-card-title")
            .ClickAsync();
        await admin.WaitForInteractiveAsync();
        await admin.GetByTestId("review-comments-input").FillAsync("Clear and complete.");
        await admin.GetByTestId("approve").ClickAsync();
        await admin.ConfirmAsync("Approve");
        await Expect(admin.GetByTestId("challenge-status")).ToHaveTextAsync("Approved");

        // 3. The manager publishes; round 1 has begun, so submissions open at once and the close is planned.
        await manager.ReloadAsync();
        await manager.WaitForInteractiveAsync();
        await manager.GetByTestId("publish").ClickAsync();
        await manager.ConfirmAsync("Publish");
        await Expect(manager.GetByTestId("challenge-status")).ToHaveTextAsync("Open for submissions");
        // The durable trigger is in the scheduler's store, at the deadline the manager entered (to the second).
        await Expect(manager.GetByTestId("scheduled-close"))
            .ToContainTextAsync(localDeadline.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

        // 4. A solver finds it in the catalog and submits a proposal with one attachment.
        var solver = await Browser.NewPersonAsync(served.Address);
        await solver.LogInAsync(DemoAccounts.Solver);
        await solver.GotoAsync("/challenges"); // the catalog renders statically: no circuit to wait for
        await solver.GetByTestId("catalog-search").FillAsync(title);
        await solver.GetByTestId("catalog-search-button").ClickAsync();
        await Expect(solver.GetByTestId("challenge-card")).ToHaveCountAsync(1);
        Assert.Contains("q=", solver.Url); // the search is in the URL, to share or bookmark
        await solver.GetByTestId("challenge-card").GetByText(title).ClickAsync();
        await Expect(solver.GetByTestId("challenge-title")).ToHaveTextAsync(title);
        await Expect(solver.GetByTestId("challenge-statement").Locator("strong")).ToHaveTextAsync("cobalt and nickel");
        await Expect(solver.GetByTestId("countdown")).ToContainTextAsync("Round 1: submissions close in");
        await solver.WaitForInteractiveAsync();
        await Expect(solver.GetByTestId("challenge-deadline")).ToContainTextAsync("China Standard Time, UTC+08:00");
        await solver.GetByTestId("start-proposal").ClickAsync();
        await Expect(solver).ToHaveURLAsync(new Regex("/propose$"));
        await solver.WaitForInteractiveAsync();
        await solver.GetByTestId("proposal-title").FillAsync("Hydrometallurgical recovery at 60 °C");
        await solver
            .GetByTestId("proposal-body")
            .FillAsync("Leaching with organic acids recovers 98 % of cobalt and nickel at low temperature.");
        // The form asks for the type's deliverable, then one section per criterion.
        await Expect(solver.GetByTestId("proposal-section")).ToHaveCountAsync(3);
        await solver.GetByTestId("proposal-section-1").FillAsync("Organic-acid leaching followed by solvent extraction.");
        await solver.GetByTestId("proposal-section-2").FillAsync("98 % cobalt and nickel recovered in the pilot.");
        await solver.GetByTestId("proposal-section-3").FillAsync("Reagents cost a third of sulphuric-acid leaching at 90 °C.");
        await solver
            .GetByTestId("proposal-files")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "pilot-results.pdf",
                    MimeType = "application/pdf",
                    Buffer = "%PDF-1.4 pilot results"u8.ToArray(),
                }
            );
        // The file is uploaded to the draft at once, with its SHA-256.
        await Expect(solver.GetByTestId("draft-attachment")).ToContainTextAsync("pilot-results.pdf");
        await solver.GetByTestId("submit-proposal").ClickAsync();
        await solver.ConfirmAsync("Submit proposal");
        await Expect(solver.GetByTestId("submit-receipt")).ToBeVisibleAsync();
        await Expect(solver.GetByTestId("receipt-text")).ToContainTextAsync("pilot-results.pdf");
        await Expect(solver.GetByTestId("receipt-text")).ToContainTextAsync("Content SHA-256");

        // 5. A second solver opens the form before the deadline but only presses submit after it.
        var lateSolver = await Browser.NewPersonAsync(served.Address);
        await lateSolver.LogInAsync(DemoAccounts.Solver2);
        await lateSolver.GotoAsync(challengePath + "/propose");
        await lateSolver.WaitForInteractiveAsync();
        await lateSolver.GetByTestId("proposal-title").FillAsync("Direct regeneration");
        await lateSolver.GetByTestId("proposal-body").FillAsync("Relithiation of spent cathodes without dissolution.");

        // 6. At the deadline the scheduler closes submissions. The solver's open receipt page hears of it live: the
        //    bell's count appears without a reload.
        var untilClosed = deadlineUtc.AddSeconds(30);
        // The receipt's own notification is already there; the close adds the second.
        await Expect(solver.GetByTestId("notification-count")).ToHaveTextAsync("1");
        await Expect(solver.GetByTestId("notification-count"))
            .ToHaveTextAsync("2", new() { Timeout = (float)Math.Max(1000, (untilClosed - DateTime.UtcNow).TotalMilliseconds) });
        await Expect(solver.GetByTestId("submit-receipt")).ToBeVisibleAsync(); // still the same page
        await solver.GetByTestId("notification-bell").ClickAsync();
        await Expect(solver.GetByTestId("notification-link").Filter(new() { HasText = $"Submissions to “{title}” have closed" }))
            .ToHaveCountAsync(1);
        await Expect(solver.GetByTestId("notification-link").Filter(new() { HasText = $"Your proposal to “{title}” was received" }))
            .ToHaveCountAsync(1);

        // The public page shows submissions are over (judging opens at its own time, up to a minute later).
        string[] closed = ["Submissions closed", "Judging"];
        var status = "";
        while (DateTime.UtcNow < untilClosed && !closed.Contains(status))
        {
            await Task.Delay(1000);
            await solver.GotoAsync(challengePath);
            status = (await solver.GetByTestId("challenge-status").TextContentAsync())?.Trim() ?? "";
        }

        Assert.Contains(status, closed);
        Assert.True(DateTime.UtcNow >= deadlineUtc);

        // The stale form still shows a submit button; the server refuses it with a clear message.
        await lateSolver.GetByTestId("submit-proposal").ClickAsync();
        await lateSolver.ConfirmAsync("Submit proposal");
        await Expect(lateSolver.GetByTestId("submit-error")).ToContainTextAsync("Submissions for this challenge closed at");

        // 7. The judge opens the proposal and scores each criterion.
        var judge = await Browser.NewPersonAsync(served.Address);
        await judge.LogInAsync(DemoAccounts.Judge);
        await judge.GotoAsync("/judging");
        await judge.WaitForInteractiveAsync();
        await judge
            .GetByTestId("judge-entries")
            .Locator("tbody tr")
            .Filter(new LocatorFilterOptions { HasText = title })
            .GetByText("Hydrometallurgical recovery at 60 °C")
            .ClickAsync();
        await judge.WaitForInteractiveAsync();
        await Expect(judge.GetByTestId("proposal-body")).ToContainTextAsync("organic acids");
        await PageExtensions.SetNumericAsync(judge.GetByTestId("score-0"), "9");
        await PageExtensions.SetNumericAsync(judge.GetByTestId("score-1"), "7");
        await judge.GetByTestId("save-scores").ClickAsync();
        await Expect(judge.GetByTestId("scores-saved")).ToBeVisibleAsync();

        // 8. The manager sees the entries ranked by weighted score: 60 × 9/10 + 40 × 7/10 = 82.
        await manager.GotoAsync("/manage" + challengePath);
        var rows = manager.GetByTestId("ranking").Locator("tbody tr");
        var row = rows.Filter(new LocatorFilterOptions { HasText = "Hydrometallurgical recovery" });
        await Expect(row.GetByTestId("ranking-score")).ToHaveTextAsync("82.00");
        await Expect(row.Locator("td").First).ToHaveTextAsync("1");
        await Expect(rows).ToHaveCountAsync(1); // the late proposal was not accepted
    }

    [SkippableFact]
    public async Task A_confidential_challenge_shows_its_details_only_after_a_solver_accepts_the_terms()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        const string secretTitle = "Defect control in precision casting";

        // Anyone can find it in the catalog by its summary; its statement stays out of search.
        var visitor = await Browser.NewPersonAsync(served.Address);
        await visitor.GotoAsync("/challenges?q=" + Uri.EscapeDataString("precision casting"));
        var card = visitor.GetByTestId("challenge-card").Filter(new LocatorFilterOptions { HasText = secretTitle });
        await Expect(card.GetByTestId("confidential-badge")).ToBeVisibleAsync();
        await visitor.GotoAsync("/challenges?q=" + Uri.EscapeDataString("mould-shell"));
        await Expect(visitor.GetByTestId("catalog-empty")).ToBeVisibleAsync();
        await visitor.GotoAsync("/challenges?q=" + Uri.EscapeDataString("precision casting"));
        await card.GetByTestId("challenge-card-title").ClickAsync();
        await Expect(visitor.GetByTestId("confidential-gate")).ToBeVisibleAsync();
        await Expect(visitor.GetByTestId("challenge-statement")).ToHaveCountAsync(0);
        await Expect(visitor.GetByTestId("challenge-enterprise")).ToContainTextAsync("Confidential enterprise");
        var challengePath = new Uri(visitor.Url).AbsolutePath;

        // A signed-in solver accepts the terms; the details appear and the acceptance time is shown.
        var solver = await Browser.NewPersonAsync(served.Address);
        await solver.LogInAsync(DemoAccounts.Solver2);
        await solver.GotoAsync(challengePath);
        await solver.WaitForInteractiveAsync();
        await Expect(solver.GetByTestId("confidentiality-terms")).ToContainTextAsync("confidential");
        await solver.GetByTestId("accept-terms").ClickAsync();
        await Expect(solver.GetByTestId("challenge-statement")).ToContainTextAsync("Shrinkage porosity");
        await Expect(solver.GetByTestId("terms-accepted")).ToContainTextAsync("China Standard Time");
        await Expect(solver.GetByTestId("start-proposal")).ToBeVisibleAsync();

        // The visitor still sees none of it.
        await visitor.ReloadAsync();
        await Expect(visitor.GetByTestId("challenge-statement")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task The_language_switch_changes_the_page_and_persists()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var visitor = await Browser.NewPersonAsync(served.Address, locale: "zh-CN");

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
}
