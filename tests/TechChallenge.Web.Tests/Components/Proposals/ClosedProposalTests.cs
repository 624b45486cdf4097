using Bunit;
using TechChallenge.Domain.Proposals;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Proposals;

namespace TechChallenge.Web.Tests.Components.Proposals;

/// <summary>
/// The proposal page once submissions have closed for the team: it says so, says the submitted version stands, and
/// offers only what the rules still allow (asking for more time while judging has not opened).
/// </summary>
[Collection(ProposalAppCollection.Name)]
public sealed class ClosedProposalTests(SqliteAppFixture fixture) : SolverPageTest(fixture)
{
    private static readonly string[] NoLongerOffered =
    [
        "submit-proposal",
        "withdraw-proposal",
        "invite-member",
        "rename-team",
        "remove-member",
        "add-files",
        "remove-attachment",
    ];

    [Fact]
    public async Task A_page_loaded_after_the_close_says_so_keeps_the_submitted_version_and_offers_only_an_extension_request()
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var challengeId = await ChallengeAsync(deadline, judgingOpensUtc: deadline.AddDays(2));
        var solver = await SolverAsync();
        await SubmitAsync(solver, challengeId);
        await PassAsync(deadline);
        SignIn(solver, "Li Wei");

        var page = RenderInApp<ProposalEditor>(p => p.Add(x => x.ChallengeId, challengeId));

        var notice = page.WaitForElement("[data-testid=entry-closed]", TimeSpan.FromSeconds(10)).TextContent;
        Assert.Contains("Submissions closed at", notice);
        Assert.Contains("Your submitted version 1 stands", notice);
        Assert.Contains("ask the organiser for more time", notice);
        Assert.DoesNotContain("not accepted", notice);
        foreach (var testId in NoLongerOffered)
        {
            Assert.Empty(page.FindAll($"[data-testid={testId}]"));
        }

        Assert.True(Field(page, "proposal-title").HasAttribute("readonly"));
        Assert.Equal("Bimodal silver paste", Field(page, "proposal-title").GetAttribute("value"));
        Assert.Contains("the team can no longer change", page.Find("[data-testid=team-closed]").TextContent);
        Assert.NotNull(page.Find("[data-testid=ask-extension]"));
        Assert.NotNull(page.Find("[data-testid=entry-closed-view]"));
    }

    [Fact]
    public async Task When_judging_opens_at_the_close_nothing_is_offered_and_an_unsubmitted_draft_is_named_as_such()
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var challengeId = await ChallengeAsync(deadline);
        var solver = await SolverAsync();
        var saved = await UseAsync<Infrastructure.Proposals.ProposalDrafts, Domain.Common.Outcome<Infrastructure.Proposals.ProposalDraft>>(
            drafts => drafts.SaveDraftAsync(solver, challengeId, new Infrastructure.Proposals.DraftInput(0, "Half done", "", []))
        );
        Assert.True(saved.Succeeded);
        await PassAsync(deadline);
        SignIn(solver, "Li Wei");

        var page = RenderInApp<ProposalEditor>(p => p.Add(x => x.ChallengeId, challengeId));

        var notice = page.WaitForElement("[data-testid=entry-closed]", TimeSpan.FromSeconds(10)).TextContent;
        Assert.Contains("This draft was never submitted and can no longer be.", notice);
        Assert.Empty(page.FindAll("[data-testid=entry-closed-may-ask]"));
        Assert.Empty(page.FindAll("[data-testid=ask-extension]"));
        Assert.Empty(page.FindAll("[data-testid=submit-proposal]"));
    }

    [Fact]
    public async Task A_withdrawal_refused_by_the_close_says_the_submitted_version_stands_and_the_page_turns_closed()
    {
        var deadline = DateTime.UtcNow.AddSeconds(6);
        var challengeId = await ChallengeAsync(deadline, judgingOpensUtc: deadline.AddDays(2));
        var solver = await SolverAsync();
        await SubmitAsync(solver, challengeId);
        SignIn(solver, "Li Wei");
        var page = RenderInApp<ProposalEditor>(p => p.Add(x => x.ChallengeId, challengeId));
        var dialogs = Dialogs;
        page.WaitForElement("[data-testid=withdraw-proposal]");

        // The page was opened before the close; the solver only presses withdraw after it.
        await PassAsync(deadline);
        page.Find("[data-testid=withdraw-proposal]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Withdraw your proposal?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Withdraw").Click();

        var error = page.WaitForElement("[data-testid=submit-error]", TimeSpan.FromSeconds(10)).TextContent;
        Assert.Contains("the proposal can no longer be withdrawn. Your submitted version 1 stands.", error);
        Assert.DoesNotContain("not accepted", error);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=entry-closed]")));
        Assert.Empty(page.FindAll("[data-testid=withdraw-proposal]"));
        Assert.Equal(ProposalStatus.Submitted, (await DraftAsync(solver, challengeId))!.Status);
    }

    [Fact]
    public async Task Typing_after_the_close_is_not_saved_and_the_page_says_the_submitted_version_stands()
    {
        var deadline = DateTime.UtcNow.AddSeconds(6);
        var challengeId = await ChallengeAsync(deadline);
        var solver = await SolverAsync();
        await SubmitAsync(solver, challengeId);
        SignIn(solver, "Li Wei");
        var page = RenderInApp<ProposalEditor>(p => p.Add(x => x.ChallengeId, challengeId));
        page.WaitForElement("[data-testid=submit-proposal]");

        await PassAsync(deadline);
        Field(page, "proposal-title").Input("A better title, too late");

        var error = page.WaitForElement("[data-testid=submit-error]", TimeSpan.FromSeconds(10)).TextContent;
        Assert.Contains("these changes were not submitted. Your submitted version 1 stands.", error);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=entry-closed]")));
        Assert.Empty(page.FindAll("[data-testid=submit-proposal]"));
        Assert.Empty(page.FindAll("[data-testid=invite-member]"));
        Assert.Equal("Bimodal silver paste", (await DraftAsync(solver, challengeId))!.Title);
    }
}
