using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TechChallenge.EndToEnd.Tests;

/// <summary>
/// A two-judge blind round in real headless Chromium: the organiser assigns the panel, each judge scores without
/// seeing who wrote the entries, the organiser compares raw and normalised rankings, chooses an award and releases the
/// scores; once judging closes the runner-up reads its score and appeals, the organiser upholds with a correction and
/// moves the award, the team reads the answer and its new rank, and after publication the public sees the award.
/// </summary>
public sealed class BlindRoundTests(Browser browser, ServedApp served, ITestOutputHelper output)
    : BrowserTest(browser, served.App, output),
        IClassFixture<Browser>,
        IClassFixture<ServedApp>
{
    private const string Password = "Judge@2026";

    [SkippableFact]
    public async Task Two_judges_score_blind_the_runner_up_appeals_after_judging_the_organiser_upholds_moves_the_award_and_publishes()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var app = served.App;
        var (_, firstJudge) = await app.NewUserAsync(Roles.Judge, displayName: "Judge Qian 钱", password: Password);
        var (_, secondJudge) = await app.NewUserAsync(Roles.Judge, displayName: "Judge Sun 孙", password: Password);
        var title = $"Blind round {Guid.NewGuid():N}"[..24];
        var deadline = DateTime.UtcNow.AddSeconds(10);
        // Long enough for two judges to score through the UI; teams may appeal for a day after.
        var judgingCloses = deadline.AddSeconds(75);
        var content = ChallengeScenarios.Content(deadline, title) with
        {
            BlindReview = true,
            Rounds =
            [
                new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline, judgingCloses, judgingCloses.AddDays(1)),
            ],
        };
        content = content with
        {
            Criteria = [content.Criteria[0] with { Anchors = "7–10: below 5 mΩ/sq after sintering" }, content.Criteria[1]],
        };
        var challengeId = await ChallengeScenarios.PublishAsync(app, content, [firstJudge, secondJudge]);
        var solver = await app.ActorAsync(DemoAccounts.Solver);
        var solver2 = await app.ActorAsync(DemoAccounts.Solver2);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            static UploadedFile Pdf(string name) =>
                new(name, "application/pdf", 16, () => new MemoryStream("%PDF-1.4 results"u8.ToArray()));
            Assert.True(
                (
                    await services.SubmitCompleteAsync(
                        solver,
                        challengeId,
                        "Silver paste A",
                        "Bimodal particles.",
                        [Pdf("Wang-Yijun-CV.pdf")]
                    )
                ).Succeeded
            );
            Assert.True((await services.SubmitCompleteAsync(solver2, challengeId, "Silver paste B", "Graphene bridges.", [])).Succeeded);
        }

        Assert.Equal(
            ChallengeStatus.Judging,
            await app.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(40))
        );

        // The organiser assigns both entries to both judges.
        var manager = await Browser.NewPersonAsync(served.Address);
        await manager.LogInAsync(DemoAccounts.NantongManager);
        await manager.GotoAsync($"/manage/challenges/{challengeId}/panel");
        await manager.WaitForInteractiveAsync();
        await PageExtensions.SetNumericAsync(manager.GetByTestId("judges-per-entry"), "2");
        await manager.GetByTestId("assign-automatically").ClickAsync();
        await Expect(manager.GetByTestId("judge-load")).ToHaveTextAsync(["2", "2"]);

        // Each judge scores both entries, and never sees who wrote them. A: 90 and 60; B: 50 and 80.
        var scores = new Dictionary<string, (string A, string B)> { [firstJudge] = ("9", "5"), [secondJudge] = ("6", "8") };
        IPage? lastJudge = null;
        foreach (var (email, (a, b)) in scores)
        {
            var judge = lastJudge = await Browser.NewPersonAsync(served.Address);
            await judge.LogInAsync(email, Password);
            foreach (var (entry, value) in new[] { ("Silver paste A", a), ("Silver paste B", b) })
            {
                await judge.GotoAsync("/judging");
                // A link clicked while the circuit is still starting can leave the new address over the old page.
                await judge.WaitForInteractiveAsync();
                await judge
                    .GetByTestId("judge-entries")
                    .Locator("tbody tr")
                    .Filter(new LocatorFilterOptions { HasText = title })
                    .GetByText(entry)
                    .ClickAsync();
                await judge.WaitForInteractiveAsync();
                await Expect(judge.GetByTestId("blind-review")).ToBeVisibleAsync();
                var text = await judge.Locator("body").InnerTextAsync();
                foreach (var secret in new[] { "王逸君", "马青", "Jiangnan", "Wang-Yijun-CV", "Graphene Research" })
                {
                    Assert.DoesNotContain(secret, text);
                }

                await Expect(judge.GetByTestId("anchors-0")).ToContainTextAsync("7–10: below 5 mΩ/sq after sintering");
                await PageExtensions.SetNumericAsync(judge.GetByTestId("score-0"), value);
                // The half-filled card saves itself and is still there after a reload.
                await Expect(judge.GetByTestId("scorecard-state")).ToContainTextAsync("1 of 2 criteria scored");
                await judge.ReloadAsync();
                await judge.WaitForInteractiveAsync();
                await Expect(judge.GetByTestId("score-0").Locator("input")).ToHaveValueAsync(value);
                await PageExtensions.SetNumericAsync(judge.GetByTestId("score-1"), value);
                await judge.GetByTestId("save-scores").ClickAsync();
                await Expect(judge.GetByTestId("scores-saved")).ToBeVisibleAsync();
            }
        }

        // Raw: A 75, B 65. Normalised: each judge's +1 and −1 cancel out, and the tie goes to A on Conductivity.
        await manager.GotoAsync($"/manage/challenges/{challengeId}");
        await manager.WaitForInteractiveAsync();
        await Expect(manager.GetByTestId("ranking-score")).ToHaveTextAsync(["75.00", "65.00"]);
        await manager.GetByTestId("ranking-basis").GetByText("Normalised (z-score per judge)").ClickAsync();
        await Expect(manager.GetByTestId("ranking-tiebreak"))
            .ToContainTextAsync("Placed above “Silver paste B” by a higher score on Conductivity");

        // The organiser awards the leader and releases the scores, so teams see them once judging closes.
        await manager.GetByTestId("add-award").ClickAsync();
        await manager.GetByTestId("award-entry").ClickAsync();
        await manager
            .Locator(".mud-popover-open .mud-list-item")
            .Filter(new LocatorFilterOptions { HasText = "Silver paste A" })
            .ClickAsync();
        await manager.GetByTestId("award-title").FillAsync("一等奖 First prize");
        await manager.GetByTestId("release-scores").ClickAsync();
        await manager.GetByTestId("save-results").ClickAsync();
        await Expect(manager.GetByTestId("results-error")).ToHaveCountAsync(0);
        await Expect(manager.GetByTestId("appeals-until")).ToContainTextAsync("may appeal them until");

        // Judging closes; the runner-up reads its score and appeals Conductivity.
        await Task.Delay(judgingCloses - DateTime.UtcNow + TimeSpan.FromSeconds(1));
        // A scorecard left open past the close: the next change is refused and the card shows itself locked.
        await PageExtensions.SetNumericAsync(lastJudge!.GetByTestId("score-0"), "1");
        await Expect(lastJudge.GetByTestId("scores-locked")).ToBeVisibleAsync();
        await Expect(lastJudge.GetByTestId("score-error")).ToHaveCountAsync(0);
        var runnerUp = await Browser.NewPersonAsync(served.Address);
        await runnerUp.LogInAsync(DemoAccounts.Solver2);
        await runnerUp.GotoAsync("/proposals/mine");
        await runnerUp.WaitForInteractiveAsync();
        await runnerUp.GetByText("Silver paste B").First.ClickAsync();
        await Expect(runnerUp.GetByTestId("feedback-score")).ToContainTextAsync("65.00");
        await Expect(runnerUp.GetByTestId("feedback-award")).ToHaveCountAsync(0);
        await runnerUp.GetByTestId("appeal-criterion").ClickAsync();
        await runnerUp
            .Locator(".mud-popover-open .mud-list-item")
            .Filter(new LocatorFilterOptions { HasText = "Conductivity" })
            .ClickAsync();
        await runnerUp.GetByTestId("appeal-reason").FillAsync("附录B的方阻数据为 4 mΩ/sq. Appendix B shows 4 mΩ/sq.");
        await runnerUp.GetByTestId("appeal-file").ClickAsync();
        // Filed appeals cannot be withdrawn: the team confirms.
        await runnerUp.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "File the appeal" }).ClickAsync();
        await Expect(runnerUp.GetByTestId("team-appeal-status")).ToHaveTextAsync("Waiting for an answer");

        // The organiser upholds it, raising Judge Qian's 5 to 9, and moves the award to the new leader.
        await manager.ReloadAsync();
        await manager.WaitForInteractiveAsync();
        await Expect(manager.GetByTestId("appeal")).ToContainTextAsync("附录B的方阻数据");
        await PageExtensions.SetNumericAsync(manager.GetByTestId("appeal-score").First, "9");
        await manager.GetByTestId("appeal-response").FillAsync("Appendix B was overlooked; Conductivity corrected.");
        await manager.GetByTestId("appeal-uphold").ClickAsync();
        await manager.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Uphold" }).ClickAsync();
        await Expect(manager.GetByTestId("appeal-status")).ToHaveTextAsync("Upheld");
        await Expect(manager.GetByTestId("appeal-correction"))
            .ToContainTextAsync("Judge Qian 钱: Conductivity: a judge's score changed from 5 to 9");

        await runnerUp.ReloadAsync();
        await Expect(runnerUp.GetByTestId("team-appeal-status")).ToHaveTextAsync("Upheld");
        await Expect(runnerUp.GetByTestId("team-appeal-correction")).ToHaveTextAsync("Conductivity: a judge's score changed from 5 to 9");
        await Expect(runnerUp.GetByTestId("team-appeal-correction")).Not.ToContainTextAsync("Qian");
        // Judge Qian's card: 9 × 70 % + 5 × 30 % = 78; Judge Sun's 80; mean 79.00, now above A's 75.
        await Expect(runnerUp.GetByTestId("feedback-score")).ToContainTextAsync("79.00");
        await Expect(runnerUp.GetByTestId("feedback-score")).ToContainTextAsync("rank 1 of 2");

        await manager.ReloadAsync();
        await manager.WaitForInteractiveAsync();
        await manager.GetByTestId("award-entry").ClickAsync();
        await manager
            .Locator(".mud-popover-open .mud-list-item")
            .Filter(new LocatorFilterOptions { HasText = "Silver paste B" })
            .ClickAsync();
        await manager.GetByTestId("save-results").ClickAsync();
        await Expect(manager.GetByTestId("results-error")).ToHaveCountAsync(0);
        await manager.GetByTestId("publish-results").ClickAsync();
        await manager.ConfirmAsync("Publish results");
        await Expect(manager.GetByTestId("challenge-status").First).ToHaveTextAsync("Results published");

        // Anyone sees the award; the winning team reads it in its feedback.
        var visitor = await Browser.NewPersonAsync(served.Address);
        await visitor.GotoAsync($"/challenges/{challengeId}");
        await Expect(visitor.GetByTestId("published-award")).ToContainTextAsync("一等奖 First prize");
        await Expect(visitor.GetByTestId("published-award-proposal")).ToContainTextAsync("Silver paste B");
        await runnerUp.ReloadAsync();
        await Expect(runnerUp.GetByTestId("feedback-award")).ToContainTextAsync("一等奖 First prize");
    }
}
