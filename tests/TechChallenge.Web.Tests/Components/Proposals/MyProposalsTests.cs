using Bunit;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Teams;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Proposals;

namespace TechChallenge.Web.Tests.Components.Proposals;

/// <summary>"My proposals": one card per proposal, readable on a phone, and invitations to answer.</summary>
[Collection(ProposalAppCollection.Name)]
public sealed class MyProposalsTests(SqliteAppFixture fixture) : SolverPageTest(fixture)
{
    [Fact]
    public async Task Each_proposal_is_a_card_with_its_facts_labelled_not_a_table_of_columns()
    {
        var solver = await SolverAsync("Li Wei");
        var submittedTo = await ChallengeAsync(DateTime.UtcNow.AddDays(9).AddHours(3));
        var draftedFor = await ChallengeAsync(DateTime.UtcNow.AddDays(1).AddMinutes(30));
        await SubmitAsync(solver, submittedTo, "Bimodal silver paste");
        Assert.True(
            (
                await UseAsync<ProposalDrafts, Outcome<ProposalDraft>>(d =>
                    d.SaveDraftAsync(solver, draftedFor, new DraftInput(0, "Copper ink", "", []))
                )
            ).Succeeded
        );
        SignIn(solver, "Li Wei");

        var page = RenderInApp<MyProposals>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=my-proposal]").Count));
        // A table's six columns squeezed to one character each on a 390 px phone; cards stack instead.
        Assert.Empty(page.FindAll("table"));
        Assert.Equal("2 proposals", page.Find("[data-testid=my-proposal-count]").TextContent.Trim());
        var cards = page.FindAll("[data-testid=my-proposal]").ToDictionary(c => c.QuerySelector("h2")!.TextContent.Trim());
        var submitted = cards["Bimodal silver paste"];
        Assert.Equal("Submitted", submitted.GetAttribute("data-status"));
        Assert.True(submitted.ClassList.Contains("mud-card"));
        Assert.Contains("1 version submitted", submitted.TextContent);
        Assert.Contains("Team:", submitted.TextContent);
        Assert.Equal("Li Wei", submitted.QuerySelector("[data-testid=my-team]")!.TextContent.Trim());
        Assert.Matches(@"^· 9 days (2|3) hours left$", submitted.QuerySelector("[data-testid=deadline-left]")!.TextContent.Trim());
        var draft = cards["Copper ink"];
        Assert.Equal("Draft", draft.GetAttribute("data-status"));
        Assert.Matches(@"^· 1 day 0 hours left$", draft.QuerySelector("[data-testid=deadline-left]")!.TextContent.Trim());
        Assert.NotNull(draft.QuerySelector("[data-testid=continue-draft]"));
    }

    [Fact]
    public async Task One_proposal_is_counted_in_the_singular()
    {
        var solver = await SolverAsync("Li Wei");
        await SubmitAsync(solver, await ChallengeAsync(DateTime.UtcNow.AddDays(5)));
        SignIn(solver, "Li Wei");

        var page = RenderInApp<MyProposals>();

        page.WaitForAssertion(() => Assert.Equal("1 proposal", page.Find("[data-testid=my-proposal-count]").TextContent.Trim()));
    }

    [Fact]
    public async Task An_invitation_is_answered_from_the_page()
    {
        var challengeId = await ChallengeAsync(DateTime.UtcNow.AddDays(5));
        var lead = await SolverAsync("Li Wei");
        var (member, email) = await SolverWithEmailAsync("Zhao Min");
        Assert.True((await UseAsync<TeamService, Outcome<TeamView>>(t => t.InviteAsync(lead, challengeId, email))).Succeeded);
        SignIn(member, "Zhao Min");
        var page = RenderInApp<MyProposals>();

        page.WaitForElement("[data-testid=accept-invite]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=team-invite]")));
        Assert.Equal("Li Wei", (await UseAsync<TeamService, TeamView?>(t => t.GetMineAsync(member, challengeId)))!.Name);
    }
}
