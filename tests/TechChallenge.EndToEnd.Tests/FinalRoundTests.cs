using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TechChallenge.EndToEnd.Tests;

/// <summary>
/// A final round in real headless Chromium: after round 1 and its shortlist, the organiser puts an expert on the final's
/// own panel; the expert finds the finalists under the final's name and scores them on the final's own criteria; the
/// organiser reads the final's ranking and switches back to round 1's.
/// </summary>
public sealed class FinalRoundTests(Browser browser, ServedApp served, ITestOutputHelper output)
    : BrowserTest(browser, served.App, output),
        IClassFixture<Browser>,
        IClassFixture<ServedApp>
{
    private const string Password = "Judge@2026";

    [SkippableFact]
    public async Task The_organiser_sets_the_finals_panel_and_its_judge_scores_the_finalists_on_the_finals_criteria()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var app = served.App;
        var (roadshowJudge, roadshowEmail) = await app.NewUserAsync(Roles.Judge, displayName: "Prof. Roadshow 路", password: Password);
        var title = $"Final round {Guid.NewGuid():N}"[..24];
        var deadline = DateTime.UtcNow.AddSeconds(6);
        var content = ChallengeScenarios.Content(deadline, title) with
        {
            Rounds =
            [
                new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline, deadline.AddDays(2)),
                new RoundPlan("Final roadshow", deadline.AddDays(3), deadline.AddDays(10), deadline.AddDays(10), deadline.AddDays(14)),
            ],
            Criteria =
            [
                .. ChallengeScenarios.Content(deadline).Criteria,
                new CriterionPlan("Pilot-line readiness", "", 60, "7–10: pilot run shown", Round: 2),
                new CriterionPlan("Roadshow", "", 40, Round: 2),
            ],
        };
        var challengeId = await ChallengeScenarios.PublishAsync(app, content, [DemoAccounts.Judge]);
        var entries = new List<Guid>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            foreach (var name in new[] { "Entry A", "Entry B", "Entry C" })
            {
                var (author, _) = await app.NewUserAsync(Roles.Solver, displayName: $"Team of {name}");
                entries.Add((await services.SubmitCompleteAsync(author, challengeId, name, "Route.", [])).Value.ProposalId);
            }
        }

        // Round 1 judged (A 90, B 50, C 30) and A and B shortlisted, through the services; then time moves on to the final.
        Assert.Equal(
            ChallengeStatus.Judging,
            await app.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(40))
        );
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var scorecards = scope.ServiceProvider.GetRequiredService<JudgeScorecards>();
            var judge = await app.ActorAsync(DemoAccounts.Judge);
            var criteria = (await scorecards.GetScorecardAsync(judge, entries[0]))!.Criteria.Select(c => c.Id).ToList();
            foreach (var (entry, value) in entries.Zip(new[] { 9m, 5m, 3m }))
            {
                Assert.True(
                    (
                        await scorecards.SaveScorecardAsync(
                            judge,
                            entry,
                            1,
                            new ScorecardInput(criteria.ToDictionary(c => c, _ => value), null)
                        )
                    ).Succeeded
                );
            }

            var manager = await app.ActorAsync(DemoAccounts.NantongManager);
            Assert.Equal(
                2,
                (
                    await scope
                        .ServiceProvider.GetRequiredService<ShortlistService>()
                        .AdvanceTopAsync(manager, challengeId, 2, RankingBasis.Raw)
                ).Value
            );
        }

        await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var rounds = await db.ChallengeRounds.Where(r => r.ChallengeId == challengeId).OrderBy(r => r.Number).ToListAsync();
            (rounds[0].JudgingClosesUtc, rounds[1].SubmissionOpensUtc) = (now.AddMinutes(-2), now.AddMinutes(-1));
            (rounds[1].SubmissionClosesUtc, rounds[1].JudgingOpensUtc, rounds[1].JudgingClosesUtc) = (
                now.AddSeconds(-1),
                now.AddSeconds(-1),
                now.AddDays(1)
            );
            return await db.SaveChangesAsync();
        });

        // The panel page opens on the final; the organiser puts the expert on its panel.
        var organiser = await Browser.NewPersonAsync(served.Address);
        await organiser.LogInAsync(DemoAccounts.NantongManager);
        await organiser.GotoAsync($"/manage/challenges/{challengeId}/panel");
        await organiser.WaitForInteractiveAsync();
        await Expect(organiser.GetByTestId("panel-round-shown")).ToContainTextAsync("Final roadshow");
        await Expect(organiser.GetByTestId("panel-entry")).ToHaveCountAsync(2);
        await Expect(organiser.GetByTestId("panel-judge")).ToHaveCountAsync(0);
        await organiser.GetByTestId("panel-members").ClickAsync();
        await organiser
            .Locator(".mud-popover-open .mud-list-item")
            .Filter(new LocatorFilterOptions { HasText = "Prof. Roadshow 路" })
            .ClickAsync();
        await organiser.Keyboard.PressAsync("Escape");
        await organiser.GetByTestId("panel-members-save").ClickAsync();
        await Expect(organiser.GetByTestId("panel-judge")).ToContainTextAsync("Prof. Roadshow 路");

        // The expert finds the finalists under the final's name and scores them on the final's criteria: B 80, A 60.
        var expert = await Browser.NewPersonAsync(served.Address);
        await expert.LogInAsync(roadshowEmail, Password);
        foreach (var (entry, value) in new[] { ("Entry B", "8"), ("Entry A", "6") })
        {
            await expert.GotoAsync("/judging");
            await expert.WaitForInteractiveAsync();
            var row = expert
                .GetByTestId("judge-entries")
                .Locator("tbody tr")
                .Filter(new LocatorFilterOptions { HasText = title })
                .Filter(new LocatorFilterOptions { HasText = entry });
            await Expect(row.GetByTestId("judge-entry-round")).ToHaveTextAsync("Final roadshow");
            await row.GetByText(entry).ClickAsync();
            await expert.WaitForInteractiveAsync();
            await Expect(expert.GetByTestId("scorecard-round")).ToContainTextAsync("Round 2: Final roadshow");
            await Expect(expert.GetByTestId("anchors-0")).ToContainTextAsync("7–10: pilot run shown");
            await PageExtensions.SetNumericAsync(expert.GetByTestId("score-0"), value);
            await PageExtensions.SetNumericAsync(expert.GetByTestId("score-1"), value);
            await expert.GetByTestId("save-scores").ClickAsync();
            await Expect(expert.GetByTestId("scores-saved")).ToBeVisibleAsync();
        }

        Assert.Equal(
            2,
            await app.WithDbAsync(db =>
                db.Scorecards.CountAsync(s => s.JudgeUserId == roadshowJudge.UserId && s.RoundNumber == 2 && s.Complete)
            )
        );

        // The ranking opens on the final; round 1's is one click away.
        await organiser.GotoAsync($"/manage/challenges/{challengeId}");
        await organiser.WaitForInteractiveAsync();
        await Expect(organiser.GetByTestId("ranking-score")).ToHaveTextAsync(["80.00", "60.00"]);
        await organiser.GetByTestId("ranking-round").GetByText("Round 1 · Preliminary review").ClickAsync();
        await Expect(organiser.GetByTestId("ranking-score")).ToHaveTextAsync(["90.00", "50.00", "30.00"]);
    }
}
