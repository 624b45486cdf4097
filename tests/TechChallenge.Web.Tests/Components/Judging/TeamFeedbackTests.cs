using Bunit;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>After publication: each team reads its own feedback, and anyone reads the awards with the team's organisation.</summary>
[Collection(JudgingAppCollection.Name)]
public sealed class TeamFeedbackTests(JudgingApp app) : JudgingComponentTest(app)
{
    private async Task<JudgedChallenge> PublishedAsync()
    {
        var challenge = App["feedback"];
        if (await App.App.ChallengeStatusAsync(challenge.Id) != Domain.Challenges.ChallengeStatus.ResultsPublished)
        {
            await App.ScoreAsync(challenge, a: 9, b: 5);
            await App.SaveResultsAsync(challenge, releaseScores: true);
            await App.PublishResultsAsync(challenge);
        }

        return challenge;
    }

    [Fact]
    public async Task Each_team_reads_its_own_award_rank_and_score_and_no_one_else_reads_them()
    {
        var challenge = await PublishedAsync();

        SignInAs(challenge.LeadA, "Wang Yijun 王逸君");
        var winner = Show<TeamFeedback>(p => p.Add(x => x.ProposalId, challenge.EntryA));
        Assert.Equal("Awarded: 一等奖 First prize (place 1)", winner.Find("[data-testid=feedback-award]").TextContent.Trim());
        Assert.Equal("Your score: 90.00 of 100, rank 1 of 2 entries.", winner.Find("[data-testid=feedback-score]").TextContent.Trim());
        Assert.Equal(2, winner.FindAll("[data-testid=feedback-criterion] h3").Count);

        SignInAs(challenge.AuthorB, "Ma Qing 马青");
        var other = Show<TeamFeedback>(p => p.Add(x => x.ProposalId, challenge.EntryB));
        Assert.Empty(other.FindAll("[data-testid=feedback-award]"));
        Assert.Equal("Your score: 50.00 of 100, rank 2 of 2 entries.", other.Find("[data-testid=feedback-score]").TextContent.Trim());

        // Not the team's entry: nothing at all.
        var stranger = Show<TeamFeedback>(p => p.Add(x => x.ProposalId, challenge.EntryA));
        Assert.Empty(stranger.FindAll("[data-testid=team-feedback]"));
    }

    [Fact]
    public async Task The_public_award_table_names_the_team_with_its_organisation_and_shows_the_whole_amount()
    {
        var challenge = await PublishedAsync();

        var results = Show<PublishedResults>(p => p.Add(x => x.ChallengeId, challenge.Id));

        var row = results.Find("[data-testid=published-awards] tbody tr");
        Assert.Equal("一等奖 First prize", row.QuerySelector("[data-testid=published-award]")!.TextContent.Trim());
        Assert.Equal("Wang Yijun 王逸君", row.QuerySelector("[data-testid=team-name]")!.TextContent.Trim());
        Assert.Equal(JudgingApp.Organization, row.QuerySelector("[data-testid=team-organization]")!.TextContent.Trim());
        Assert.Equal("Silver paste A", row.QuerySelector("[data-testid=published-award-proposal]")!.TextContent.Trim());
        var amount = row.QuerySelector("[data-testid=published-award-amount]")!;
        Assert.Equal("CNY 100,000", amount.TextContent.Trim());
        Assert.Contains("white-space: nowrap", amount.GetAttribute("style"));
        // On a phone the row becomes a card whose cells name their column.
        Assert.Equal("Amount", amount.GetAttribute("data-label"));
    }
}
