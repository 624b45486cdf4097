using Bunit;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>The shortlist for the next round: made once, so only after the organiser confirms it.</summary>
[Collection(JudgingAppCollection.Name)]
public sealed class ShortlistSectionTests : JudgingComponentTest
{
    public ShortlistSectionTests(JudgingApp app)
        : base(app) => SignInAs(app.Manager, "Nantong manager");

    [Fact]
    public async Task The_top_entry_goes_on_to_the_final_only_once_the_organiser_confirms()
    {
        var challenge = App["shortlist"];
        await App.ScoreAsync(challenge, a: 9, b: 5);
        Task<int> OnFinalAsync() =>
            App.App.WithDbAsync(db => db.RoundEntries.CountAsync(e => e.ChallengeId == challenge.Id && e.RoundNumber == 2));
        var section = Show<ShortlistSection>(p => p.Add(x => x.ChallengeId, challenge.Id));

        Assert.Equal("Shortlist for Final roadshow 路演", section.Find("h2").TextContent.Trim());
        var k = section.Find("[data-testid=shortlist-k]");
        Assert.Equal("Top K", section.Find($"label[for='{k.Id}']").TextContent.Trim());
        k.Change("1");
        section.Find("[data-testid=shortlist-top]").Click();
        Answer("Take the top entry on to Final roadshow 路演?", "Cancel");
        Assert.Equal(0, await OnFinalAsync());
        Assert.NotNull(section.Find("[data-testid=shortlist-top]"));

        section.Find("[data-testid=shortlist-top]").Click();
        Answer("Take the top entry on to Final roadshow 路演?", "Shortlist the top K");

        section.WaitForAssertion(() => Assert.Contains("1 entry goes on:", section.Markup, StringComparison.Ordinal));
        Assert.Equal("Silver paste A · Wang Yijun 王逸君", section.Find("[data-testid=shortlist-advanced] li").TextContent.Trim());
        Assert.Empty(section.FindAll("[data-testid=shortlist-top]"));
        Assert.Equal(1, await OnFinalAsync());
    }

    [Fact]
    public void A_challenge_without_a_next_round_shows_no_shortlist()
    {
        var section = Show<ShortlistSection>(p => p.Add(x => x.ChallengeId, App["ranking"].Id));

        Assert.Empty(section.FindAll("[data-testid=shortlist]"));
    }
}
