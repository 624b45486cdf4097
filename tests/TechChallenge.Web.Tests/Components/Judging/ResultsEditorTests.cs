using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechChallenge.Domain.Challenges;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>The organisers' results: awards chosen and saved, and publication only once confirmed.</summary>
[Collection(JudgingAppCollection.Name)]
public sealed class ResultsEditorTests : JudgingComponentTest
{
    public ResultsEditorTests(JudgingApp app)
        : base(app) => SignInAs(app.Manager, "Nantong manager");

    [Fact]
    public async Task An_award_is_chosen_saved_and_published_only_after_the_organiser_confirms()
    {
        var challenge = App["results"];
        var editor = Show<ResultsEditor>(p => p.Add(x => x.ChallengeId, challenge.Id));

        Assert.Equal("Results to publish", editor.Find("h2").TextContent.Trim());
        editor.Find("[data-testid=add-award]").Click();
        Choose(editor, "award-entry", "Silver paste A");
        editor.Find("[data-testid=award-title]").Change("一等奖 First prize");
        editor.Find("[data-testid=award-amount]").Change("100000");
        var release = editor.Find("[data-testid=release-scores]");
        (release.TagName == "INPUT" ? release : release.QuerySelector("input")!).Change(true);
        editor.Find("[data-testid=save-results]").Click();

        editor.WaitForAssertion(() =>
            Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == "Results saved.")
        );
        var award = await App.App.WithDbAsync(db => db.Awards.AsNoTracking().SingleAsync(a => a.ChallengeId == challenge.Id));
        Assert.Equal(
            (challenge.EntryA, 1, "一等奖 First prize", 100_000m),
            (award.ProposalId, award.Place, award.Title, award.Amount!.Value)
        );
        Assert.True(
            await App.App.WithDbAsync(db => db.Challenges.Where(c => c.Id == challenge.Id).Select(c => c.ScoresReleased).SingleAsync())
        );

        // Publishing asks first; cancelled, nothing is published.
        editor.Find("[data-testid=results-publish]").Click();
        Answer("Published results cannot be changed", "Cancel");
        Assert.Equal(ChallengeStatus.Judging, await App.App.ChallengeStatusAsync(challenge.Id));

        editor.Find("[data-testid=results-publish]").Click();
        Answer("Published results cannot be changed", "Publish results");

        editor.WaitForElement("[data-testid=results-published]");
        Assert.Equal(ChallengeStatus.ResultsPublished, await App.App.ChallengeStatusAsync(challenge.Id));
        Assert.Equal("Results", editor.Find("h2").TextContent.Trim());
        Assert.Empty(editor.FindAll("[data-testid=save-results]"));
        Assert.Empty(editor.FindAll("[data-testid=results-publish]"));
    }

    [Fact]
    public void A_refused_award_shows_the_rule_message()
    {
        var editor = Show<ResultsEditor>(p => p.Add(x => x.ChallengeId, App["ranking"].Id));

        editor.Find("[data-testid=add-award]").Click();
        Choose(editor, "award-entry", "Copper paste B");
        editor.Find("[data-testid=save-results]").Click();

        editor.WaitForAssertion(() =>
            Assert.Contains("Name each award", editor.Find("[data-testid=results-error]").TextContent, StringComparison.Ordinal)
        );
        Assert.DoesNotContain(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == "Results saved.");
    }
}
