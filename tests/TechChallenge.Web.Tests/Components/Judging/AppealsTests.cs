using Bunit;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Judging;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>
/// An appeal from both sides: the team files it (once confirmed) after judging closes, the organisers uphold it with a
/// corrected score (once confirmed), and the team reads the answer without the judge's name.
/// </summary>
[Collection(JudgingAppCollection.Name)]
public sealed class AppealsTests(JudgingApp app) : JudgingComponentTest(app)
{
    [Fact]
    public async Task A_team_appeals_a_score_and_the_organisers_uphold_it_with_a_correction()
    {
        var challenge = App["appeals"];
        await App.ScoreAsync(challenge, a: 9, b: 5);
        await App.SaveResultsAsync(challenge, releaseScores: true);
        await App.CloseJudgingAsync(challenge);

        SignInAs(challenge.AuthorB, "Ma Qing 马青");
        var team = Show<TeamAppealsSection>(p => p.Add(x => x.ProposalId, challenge.EntryB));
        Choose(team, "appeal-criterion", "Conductivity");
        team.Find("[data-testid=appeal-reason]").Change("附录B的方阻数据为 4 mΩ/sq. Appendix B shows 4 mΩ/sq.");
        team.Find("[data-testid=appeal-file]").Click();
        Answer("cannot be withdrawn", "Cancel");
        Assert.False(await App.App.WithDbAsync(db => db.Appeals.AnyAsync(a => a.ChallengeId == challenge.Id)));

        team.Find("[data-testid=appeal-file]").Click();
        Answer("cannot be withdrawn", "File the appeal");
        team.WaitForAssertion(() =>
            Assert.Equal("Waiting for an answer", team.Find("[data-testid=team-appeal-status]").TextContent.Trim())
        );

        SignInAs(App.Manager, "Nantong manager");
        var organisers = Show<AppealsSection>(p => p.Add(x => x.ChallengeId, challenge.Id));
        var appeal = organisers.Find("[data-testid=appeal]");
        Assert.Contains("附录B的方阻数据", appeal.TextContent);
        Assert.Contains("Ma Qing 马青", appeal.TextContent);
        var scores = organisers.FindAll("[data-testid=appeal-score]");
        Assert.Equal(2, scores.Count);
        Assert.Equal("Conductivity (0–10)", organisers.Find($"label[for='{scores[0].Id}']").TextContent.Trim());
        scores[0].Change("8");
        organisers.Find("[data-testid=appeal-response]").Change("Appendix B was overlooked; Conductivity corrected.");
        organisers.Find("[data-testid=appeal-uphold]").Click();
        Answer("the ranking is recomputed", "Uphold");

        organisers.WaitForAssertion(() => Assert.Equal("Upheld", organisers.Find("[data-testid=appeal-status]").TextContent.Trim()));
        Assert.Contains(
            "Judge Qian 钱: Conductivity: a judge's score changed from 5 to 8",
            organisers.Find("[data-testid=appeal-correction]").TextContent
        );
        Assert.Equal(
            AppealStatus.Upheld,
            await App.App.WithDbAsync(db => db.Appeals.Where(a => a.ChallengeId == challenge.Id).Select(a => a.Status).SingleAsync())
        );

        // The team reads the answer and the correction, never the judge's name.
        SignInAs(challenge.AuthorB, "Ma Qing 马青");
        var answered = Show<TeamAppealsSection>(p => p.Add(x => x.ProposalId, challenge.EntryB));
        Assert.Equal("Upheld", answered.Find("[data-testid=team-appeal-status]").TextContent.Trim());
        Assert.Equal(
            "Conductivity: a judge's score changed from 5 to 8",
            answered.Find("[data-testid=team-appeal-correction]").TextContent.Trim()
        );
        Assert.DoesNotContain("Qian", answered.Markup, StringComparison.Ordinal);
    }
}
