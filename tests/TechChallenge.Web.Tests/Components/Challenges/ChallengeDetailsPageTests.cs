using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>
/// The public challenge page in each stage, through the real services of a running app: it offers only what is still
/// possible, counts down only to what is still awaited, and gives anonymous readers links rather than buttons.
/// </summary>
public sealed class ChallengeDetailsPageTests(SqliteAppFixture fixture) : AppComponentTest, IClassFixture<SqliteAppFixture>
{
    private async Task<Guid> OpenChallengeAsync(ChallengeStatus? status = null)
    {
        var id = await ChallengeScenarios.PublishAsync(
            fixture.App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(30), $"Page {Guid.NewGuid():N}", opensUtc: DateTime.UtcNow.AddMinutes(-5))
        );
        Assert.Equal(
            ChallengeStatus.SubmissionsOpen,
            await fixture.App.WaitForChallengeStatusAsync(id, ChallengeStatus.SubmissionsOpen, TimeSpan.FromSeconds(30))
        );
        if (status is { } moved)
        {
            // Jumps to a later stage while every planned date still lies ahead: as when the organisers close or
            // publish the results early.
            await fixture.App.WithDbAsync(db =>
                db.Challenges.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, moved))
            );
        }

        return id;
    }

    private IRenderedComponent<ChallengeDetailsPage> RenderPage(Guid id)
    {
        UseApp(fixture.App);
        var page = RenderInApp<ChallengeDetailsPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=challenge-title]");
        return page;
    }

    [Fact]
    public async Task An_anonymous_reader_of_an_open_challenge_gets_links_to_sign_in_and_nothing_that_needs_a_connection()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false)); // as ChallengeDetailsRoute renders it for them
        var id = await OpenChallengeAsync();

        var page = RenderPage(id);

        var signIn = $"/account/login?returnUrl=%2Fchallenges%2F{id}";
        Assert.Equal(signIn, page.Find("a[data-testid=sign-in-to-follow]").GetAttribute("href"));
        Assert.Equal(signIn, page.Find("a[data-testid=login-to-submit]").GetAttribute("href"));
        Assert.Equal(signIn, page.Find("a[data-testid=sign-in-to-ask]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=follow]"));
        Assert.Empty(page.FindAll("[data-testid=register]"));
        // Rendered as static HTML, a button would do nothing: every action is a link.
        Assert.Empty(page.FindAll("button"));
        Assert.Contains("Round 1: submissions close in", page.Find("[data-testid=countdown]").TextContent);
        Assert.Equal(
            "0 followers · 0 registered solvers · 0 proposals so far",
            page.Find("[data-testid=challenge-statistics]").TextContent
        );
    }

    [Fact]
    public async Task A_solver_registers_follows_and_is_offered_the_proposal_form()
    {
        var id = await OpenChallengeAsync();
        await Authorization.SignInAsync(fixture.App, DemoAccounts.Solver2);
        var page = RenderPage(id);

        Assert.Equal($"/challenges/{id}/propose", page.Find("a[data-testid=start-proposal]").GetAttribute("href"));
        page.Find("button[data-testid=register]").Click();
        page.WaitForAssertion(() => Assert.Equal("Registered", page.Find("[data-testid=registered]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=register]"));

        page.Find("button[data-testid=follow]").Click();
        page.WaitForAssertion(() => Assert.Equal("Unfollow", page.Find("button[data-testid=follow]").TextContent.Trim()));
        var statistics = page.Find("[data-testid=challenge-statistics]").TextContent;
        Assert.Equal("1 follower · 1 registered solver · 0 proposals so far", statistics);
    }

    [Fact]
    public async Task After_the_results_there_is_no_countdown_and_no_offer_to_take_part()
    {
        var id = await OpenChallengeAsync(ChallengeStatus.ResultsPublished);
        await Authorization.SignInAsync(fixture.App, DemoAccounts.Solver);

        var page = RenderPage(id);

        Assert.Equal("Results published", page.Find("[data-testid=challenge-status]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=countdown]"));
        Assert.Empty(page.FindAll("[data-testid=register]"));
        Assert.Empty(page.FindAll("[data-testid=start-proposal]"));
        Assert.Empty(page.FindAll("[data-testid=entries-closed]"));
    }

    [Fact]
    public async Task Once_submissions_closed_it_says_so_and_counts_down_to_judging_not_to_the_planned_close()
    {
        var id = await OpenChallengeAsync(ChallengeStatus.SubmissionsClosed);
        await Authorization.SignInAsync(fixture.App, DemoAccounts.Solver);

        var page = RenderPage(id);

        Assert.NotNull(page.Find("[data-testid=entries-closed]"));
        Assert.Empty(page.FindAll("[data-testid=register]"));
        Assert.Empty(page.FindAll("[data-testid=start-proposal]"));
        Assert.StartsWith("Round 1: judging opens in", page.Find("[data-testid=countdown-text]").TextContent);
    }

    [Fact]
    public async Task An_anonymous_reader_after_the_close_is_not_asked_to_sign_in_to_submit()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false)); // as ChallengeDetailsRoute renders it for them
        var id = await OpenChallengeAsync(ChallengeStatus.Judging);

        var page = RenderPage(id);

        Assert.Empty(page.FindAll("[data-testid=login-to-submit]"));
        Assert.StartsWith("Round 1: judging closes in", page.Find("[data-testid=countdown-text]").TextContent);
    }
}
