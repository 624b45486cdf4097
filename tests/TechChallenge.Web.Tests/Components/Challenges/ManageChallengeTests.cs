using Bunit;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>The organisers' page of one challenge: irreversible moves are confirmed first; the next step is the true one.</summary>
[Collection(ChallengePagesCollection.Name)]
public sealed class ManageChallengeTests(SqliteAppFixture fixture) : ChallengePageTest(fixture)
{
    [Fact]
    public async Task Submitting_for_review_is_asked_first_cancel_does_nothing_and_confirming_submits()
    {
        var id = await DraftAsync("Submitted after asking");
        await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ManageChallenge>(p => p.Add(x => x.Id, id));
        var dialogs = Dialogs;
        page.WaitForElement("[data-testid=submit-for-review]");
        Assert.Contains("submit it for review", page.Find("[data-testid=next-step]").TextContent);

        page.Find("[data-testid=submit-for-review]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("cannot be edited while", dialogs.Markup));
        Answer(dialogs, "Cancel");
        Assert.Equal(ChallengeStatus.Draft, await StatusAsync(id));

        page.Find("[data-testid=submit-for-review]").Click();
        Answer(dialogs, "Submit for review");

        page.WaitForAssertion(() => Assert.Contains("administrator reviews", page.Find("[data-testid=next-step]").TextContent));
        Assert.Equal(ChallengeStatus.SubmittedForReview, await StatusAsync(id));
        Assert.Empty(page.FindAll("[data-testid=submit-for-review]"));
    }

    [Fact]
    public async Task Publishing_is_asked_first_and_happens_only_once_confirmed()
    {
        var id = await DraftAsync("Published after asking");
        await MoveAsync(id, DemoAccounts.NantongManager, ChallengeTrigger.SubmitForReview);
        await MoveAsync(id, DemoAccounts.Admin, ChallengeTrigger.Approve);
        await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ManageChallenge>(p => p.Add(x => x.Id, id));
        var dialogs = Dialogs;
        page.WaitForElement("[data-testid=publish]");

        page.Find("[data-testid=publish]").Click();
        Answer(dialogs, "Cancel");
        Assert.Equal(ChallengeStatus.Approved, await StatusAsync(id));

        page.Find("[data-testid=publish]").Click();
        Answer(dialogs, "Publish");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=publish]")));
        Assert.Equal(ChallengeStatus.Published, await StatusAsync(id));
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_then_is_asked_and_done_only_once_confirmed()
    {
        var id = await DraftAsync("Cancelled after asking");
        await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ManageChallenge>(p => p.Add(x => x.Id, id));
        var dialogs = Dialogs;
        page.WaitForElement("[data-testid=cancel-challenge]");

        page.Find("[data-testid=cancel-challenge]").Click();
        Assert.Contains("Give a reason for cancelling", page.Find("[data-testid=manage-error]").TextContent);
        Assert.Empty(dialogs.FindAll(".mud-dialog"));

        page.Find("input[data-testid=cancel-reason]").Input("The enterprise withdrew its funding.");
        page.Find("[data-testid=cancel-challenge]").Click();
        Answer(dialogs, "Cancel");
        Assert.Equal(ChallengeStatus.Draft, await StatusAsync(id));

        page.Find("[data-testid=cancel-challenge]").Click();
        Answer(dialogs, "Cancel challenge");

        page.WaitForAssertion(() => Assert.Contains("nothing is left to do", page.Find("[data-testid=next-step]").TextContent));
        Assert.Equal(ChallengeStatus.Cancelled, await StatusAsync(id));
    }

    [Fact]
    public async Task Once_results_are_published_the_page_says_so_and_offers_nothing_to_publish()
    {
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(30), "Results already out"));
        await using (var db = await Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            // The judging that leads here is the judging tests' subject; this page only reads the status.
            await db
                .Challenges.Where(c => c.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ChallengeStatus.ResultsPublished));
        }

        await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ManageChallenge>(p => p.Add(x => x.Id, id));

        page.WaitForElement("[data-testid=next-step]");
        Assert.Contains("The results are published", page.Find("[data-testid=next-step]").TextContent);
        Assert.DoesNotContain("Results to publish", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=publish-results]"));
        Assert.NotNull(page.Find("[data-testid=published-results-link]"));
    }

    [Theory]
    [InlineData("en-US", "On schedule: Round 1: submissions open")]
    [InlineData("zh-CN", "按计划：")]
    public async Task The_clocks_moves_in_the_history_read_as_words_in_the_viewers_language(string culture, string expected)
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new(culture);
        // Round 1 has begun when it is published, so the clock opens submissions at once and records why.
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(30), "Opened by the clock"));
        await SignInAsync(DemoAccounts.NantongManager);

        var page = RenderInApp<ManageChallenge>(p => p.Add(x => x.Id, id));

        page.WaitForElement("[data-testid=challenge-history]");
        var history = page.Find("[data-testid=challenge-history]").TextContent;
        Assert.Contains(expected, history);
        Assert.DoesNotContain("SubmissionsOpen of round 1", history);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void Every_phase_has_its_next_step_in_both_languages(string culture)
    {
        System.Globalization.CultureInfo.CurrentUICulture = new(culture);
        var localizer = Service<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();

        Assert.All(Enum.GetValues<ChallengeStatus>(), status => Assert.False(localizer[$"Manage.NextStep.{status}"].ResourceNotFound));
    }
}
