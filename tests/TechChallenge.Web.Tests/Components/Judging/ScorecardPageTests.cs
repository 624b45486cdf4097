using Bunit;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Judging;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>
/// A judge's scorecard on the real services: scores entered and saved, the comment rule, the autosave, a refused save
/// with its rule message, the lock when the judging window closes, and who the judge may (not) see.
/// </summary>
[Collection(JudgingAppCollection.Name)]
public sealed class ScorecardPageTests : JudgingComponentTest
{
    public ScorecardPageTests(JudgingApp app)
        : base(app)
    {
        SignInAs(app.Judge.Actor, "Judge Qian 钱");
    }

    private IRenderedComponent<ScorecardPage> Open(Guid proposalId)
    {
        var page = Show<ScorecardPage>(p => p.Add(x => x.ProposalId, proposalId).Add(x => x.Round, 1));
        page.WaitForElement("[data-testid=scorecard]");
        return page;
    }

    private static void Score(IRenderedComponent<ScorecardPage> page, int criterion, string value) =>
        page.Find($"[data-testid=score-{criterion}] input").Change(value);

    private Task<Scorecard?> CardAsync(Guid proposalId) =>
        App.App.WithDbAsync(db =>
            db.Scorecards.AsNoTracking()
                .Include(s => s.Scores)
                .SingleOrDefaultAsync(s => s.ProposalId == proposalId && s.JudgeUserId == App.Judge.Actor.UserId)
        );

    [Fact]
    public async Task Scores_entered_and_saved_make_a_complete_card_with_the_comment_to_the_solver()
    {
        var entry = App["scorecard"].EntryA;
        var page = Open(entry);

        Score(page, 0, "8");
        Score(page, 1, "6.5");
        page.Find("[data-testid=solver-comment-0]").Change("Sheet resistance well documented. 方阻数据完整。");
        page.Find("[data-testid=save-scores]").Click();

        page.WaitForElement("[data-testid=scores-saved]");
        Assert.Empty(page.FindAll("[data-testid=score-error]"));
        var card = (await CardAsync(entry))!;
        Assert.True(card.Complete);
        Assert.Equal([8m, 6.5m], card.Scores.OrderByDescending(s => s.Value).Select(s => s.Value));
        Assert.Contains(card.Scores, s => s.CommentToSolver == "Sheet resistance well documented. 方阻数据完整。");
        Assert.Contains("Complete, saved", page.Find("[data-testid=scorecard-state]").TextContent);
    }

    [Fact]
    public void A_save_with_a_criterion_unscored_is_refused_with_the_rule_message_naming_it()
    {
        var page = Open(App["scorecard"].EntryB);

        Score(page, 0, "7");
        page.Find("[data-testid=save-scores]").Click();

        page.WaitForAssertion(() => Assert.Contains("Cost", page.Find("[data-testid=score-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=scores-saved]"));
    }

    [Fact]
    public void A_comment_to_the_solver_on_an_unscored_criterion_says_it_is_kept_only_with_a_score()
    {
        var page = Open(App["scorecard"].EntryB);

        page.Find("[data-testid=solver-comment-1]").Change("Cost analysis missing.");
        Assert.Contains("Kept only once this criterion has a score", page.Find("[data-testid=criterion-1]").TextContent);

        Score(page, 1, "4");
        page.WaitForAssertion(() => Assert.DoesNotContain("Kept only once", page.Find("[data-testid=criterion-1]").TextContent));
    }

    [Fact]
    public async Task A_half_filled_card_saves_itself_as_a_draft_that_does_not_count_yet()
    {
        var entry = App["autosave"].EntryA;
        var page = Open(entry);

        Score(page, 0, "3.5");

        page.WaitForAssertion(
            () => Assert.Contains("1 of 2 criteria scored", page.Find("[data-testid=scorecard-state]").TextContent),
            TimeSpan.FromSeconds(15)
        );
        var card = (await CardAsync(entry))!;
        Assert.False(card.Complete);
        Assert.Equal(3.5m, Assert.Single(card.Scores).Value);
    }

    [Fact]
    public async Task When_the_judging_window_closes_the_card_is_locked_and_saving_is_refused()
    {
        var challenge = App["locked"];
        var page = Open(challenge.EntryA);
        Score(page, 0, "9");
        Score(page, 1, "9");

        await App.CloseJudgingAsync(challenge);
        page.Find("[data-testid=save-scores]").Click();

        page.WaitForElement("[data-testid=scores-locked]");
        Assert.Contains("closed", page.Find("[data-testid=scores-locked]").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.True(page.Find("[data-testid=save-scores]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=score-0] input").HasAttribute("disabled"));
        Assert.Null(await CardAsync(challenge.EntryA));

        // Opened afresh, the card says so at once.
        var reopened = Open(challenge.EntryB);
        Assert.NotNull(reopened.Find("[data-testid=scores-locked]"));
        Assert.True(reopened.Find("[data-testid=score-1] input").HasAttribute("disabled"));
    }

    [Fact]
    public void In_an_open_review_the_judge_sees_the_team_with_its_organisation()
    {
        var page = Open(App["scorecard"].EntryA);

        var solver = page.Find("[data-testid=entry-solver]");
        Assert.Equal("Wang Yijun 王逸君", solver.QuerySelector("[data-testid=team-name]")!.TextContent.Trim());
        Assert.Equal(JudgingApp.Organization, solver.QuerySelector("[data-testid=team-organization]")!.TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=blind-review]"));
    }

    [Fact]
    public void In_a_blind_review_the_judge_sees_neither_team_nor_organisation_nor_hashes()
    {
        var page = Open(App["blind"].EntryA);

        Assert.NotNull(page.Find("[data-testid=blind-review]"));
        Assert.Empty(page.FindAll("[data-testid=entry-solver]"));
        foreach (var secret in new[] { "Wang Yijun", "王逸君", JudgingApp.Organization, JudgingApp.OrganizationZh })
        {
            Assert.DoesNotContain(secret, page.Markup, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch("[0-9a-f]{64}", page.Markup);
    }
}
