using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Proposals;

namespace TechChallenge.Web.Tests.Components.Proposals;

/// <summary>The solver's proposal editor on a live challenge: the form, its autosave, its rule messages and its confirmations.</summary>
[Collection(ProposalAppCollection.Name)]
public sealed class ProposalEditorTests(SqliteAppFixture fixture) : SolverPageTest(fixture)
{
    private async Task<(Guid ChallengeId, IRenderedComponent<ProposalEditor> Page, Infrastructure.Security.Actor Solver)> OpenAsync()
    {
        var challengeId = await ChallengeAsync(DateTime.UtcNow.AddDays(5));
        var solver = await SolverAsync();
        SignIn(solver, "Li Wei");
        var page = RenderInApp<ProposalEditor>(p => p.Add(x => x.ChallengeId, challengeId));
        page.WaitForElement("[data-testid=submit-proposal]");
        return (challengeId, page, solver);
    }

    private static void Type(IRenderedComponent<ProposalEditor> page, string testId, string text) => Field(page, testId).Input(text);

    private static void FillAll(IRenderedComponent<ProposalEditor> page)
    {
        Type(page, "proposal-title", "Bimodal silver paste");
        Type(page, "proposal-body", "Nano and micro particles sinter together at 180 °C.");
        for (var number = 1; number <= page.FindAll("[data-testid=proposal-section]").Count; number++)
        {
            Type(page, $"proposal-section-{number}", $"Answer {number}");
        }
    }

    [Fact]
    public async Task Every_section_heading_carries_its_own_number_and_every_field_its_label()
    {
        var (_, page, _) = await OpenAsync();

        var headings = page.FindAll("[data-testid=proposal-section-heading]").Select(h => h.TextContent.Trim()).ToList();
        Assert.True(headings.Count >= 3, string.Join(" | ", headings));
        Assert.All(headings, (heading, i) => Assert.StartsWith($"{i + 1}. ", heading));
        // Each of the form's fields has a visible label tied to it.
        foreach (var field in page.FindAll("input:not([type=file]), textarea"))
        {
            Assert.NotNull(page.Find($"label[for='{field.Id}']"));
        }

        Assert.Equal("Your answer to section 2", page.Find($"label[for='{Field(page, "proposal-section-2").Id}']").TextContent.Trim());
    }

    [Fact]
    public async Task What_the_solver_types_is_saved_by_the_autosave()
    {
        var (challengeId, page, solver) = await OpenAsync();

        FillAll(page);

        page.WaitForAssertion(
            () => Assert.StartsWith("Saved", page.Find("[data-testid=save-state]").TextContent.Trim()),
            TimeSpan.FromSeconds(10)
        );
        var draft = await DraftAsync(solver, challengeId);
        Assert.Equal(("Bimodal silver paste", "Nano and micro particles sinter together at 180 °C."), (draft!.Title, draft.Body));
        Assert.All(draft.Sections, s => Assert.StartsWith("Answer ", s.Text));
        Assert.Equal(ProposalStatus.Draft, draft.Status);
    }

    [Fact]
    public async Task A_save_the_rules_refuse_shows_the_rule_text()
    {
        var (_, page, _) = await OpenAsync();

        Type(page, "proposal-title", new string('x', 201));

        page.WaitForAssertion(
            () => Assert.Contains("at most 200 characters", page.Find("[data-testid=submit-error]").TextContent),
            TimeSpan.FromSeconds(10)
        );
    }

    [Fact]
    public async Task Submitting_asks_first_cancel_does_nothing_and_confirm_submits_and_opens_the_receipt()
    {
        var (challengeId, page, solver) = await OpenAsync();
        FillAll(page);
        var dialogs = Dialogs;

        page.Find("[data-testid=submit-proposal]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("It becomes version 1", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("It becomes version 1", dialogs.Markup));
        Assert.Equal(0, (await DraftAsync(solver, challengeId))?.VersionCount ?? 0);

        page.Find("[data-testid=submit-proposal]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("It becomes version 1", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Submit proposal").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches(@"/proposals/[0-9a-f-]{36}/receipt/1$", navigation.Uri), TimeSpan.FromSeconds(10));
        var draft = await DraftAsync(solver, challengeId);
        Assert.Equal((ProposalStatus.Submitted, 1), (draft!.Status, draft.VersionCount));
    }

    [Fact]
    public async Task A_refused_submission_shows_the_rule_text_and_no_reload()
    {
        var (challengeId, page, solver) = await OpenAsync();
        Type(page, "proposal-title", "Only a title");
        Type(page, "proposal-body", "And a body, but no section answered.");

        var dialogs = Dialogs;

        page.Find("[data-testid=submit-proposal]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Submit your proposal?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Submit proposal").Click();

        page.WaitForAssertion(
            () => Assert.Contains("every section needs an answer", page.Find("[data-testid=submit-error]").TextContent),
            TimeSpan.FromSeconds(10)
        );
        Assert.Empty(page.FindAll("[data-testid=reload-proposal]"));
        Assert.Equal(0, (await DraftAsync(solver, challengeId))!.VersionCount);
    }

    [Fact]
    public async Task Withdrawing_asks_first_cancel_does_nothing_and_confirm_withdraws()
    {
        var challengeId = await ChallengeAsync(DateTime.UtcNow.AddDays(5));
        var solver = await SolverAsync();
        await SubmitAsync(solver, challengeId);
        SignIn(solver, "Li Wei");
        var page = RenderInApp<ProposalEditor>(p => p.Add(x => x.ChallengeId, challengeId));
        var dialogs = Dialogs;

        page.WaitForElement("[data-testid=withdraw-proposal]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Withdraw your proposal?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        Assert.Equal(ProposalStatus.Submitted, (await DraftAsync(solver, challengeId))!.Status);

        page.Find("[data-testid=withdraw-proposal]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Withdraw your proposal?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Withdraw").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=withdraw-proposal]")), TimeSpan.FromSeconds(10));
        Assert.Equal(ProposalStatus.Withdrawn, (await DraftAsync(solver, challengeId))!.Status);
        Assert.Equal("Withdrawn", page.Find("[data-testid=proposal-status]").TextContent.Trim());
    }

    [Fact]
    public async Task A_teammates_save_in_between_stops_the_autosave_and_offers_the_reload()
    {
        var (challengeId, page, solver) = await OpenAsync();
        Type(page, "proposal-title", "Mine");
        page.WaitForAssertion(
            () => Assert.StartsWith("Saved", page.Find("[data-testid=save-state]").TextContent.Trim()),
            TimeSpan.FromSeconds(10)
        );
        var saved = (await DraftAsync(solver, challengeId))!;
        var elsewhere = await UseAsync<ProposalDrafts, Domain.Common.Outcome<ProposalDraft>>(drafts =>
            drafts.SaveDraftAsync(solver, challengeId, new DraftInput(saved.Revision, "Theirs", "From the other tab", []))
        );
        Assert.True(elsewhere.Succeeded);

        Type(page, "proposal-title", "Mine, changed");

        page.WaitForElement("[data-testid=reload-proposal]", TimeSpan.FromSeconds(10)).Click();
        page.WaitForAssertion(() => Assert.Equal("Theirs", Field(page, "proposal-title").GetAttribute("value")));
        Assert.Empty(page.FindAll("[data-testid=submit-error]"));
    }

    [Fact]
    public async Task Edits_kept_with_the_paused_circuit_come_back_when_it_resumes_and_are_saved()
    {
        var challengeId = await ChallengeAsync(DateTime.UtcNow.AddDays(5));
        var solver = await SolverAsync();
        SignIn(solver, "Li Wei");
        // The first page never autosaves, so what the resumed page shows can only come from the persisted state.
        SetRendererInfo(new RendererInfo("Server", isInteractive: false));
        var before = RenderInApp<ProposalEditor>(p => p.Add(x => x.ChallengeId, challengeId));
        before.WaitForElement("[data-testid=submit-proposal]");
        Type(before, "proposal-title", "Typed on the train");
        Type(before, "proposal-body", "Not saved before the phone slept");

        var store = new Snapshot();
        await Persistence.PersistStateAsync(store, Renderer);
        before.Instance.Dispose();
        Assert.Null(await DraftAsync(solver, challengeId));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        await Persistence.RestoreStateAsync(store, RestoreContext.LastSnapshot);
        var resumed = Render<ProposalEditor>(p => p.Add(x => x.ChallengeId, challengeId));

        resumed.WaitForAssertion(() => Assert.Equal("Typed on the train", Field(resumed, "proposal-title").GetAttribute("value")));
        Assert.Equal("Not saved before the phone slept", Field(resumed, "proposal-body").TextContent);
        resumed.WaitForAssertion(
            () => Assert.StartsWith("Saved", resumed.Find("[data-testid=save-state]").TextContent.Trim()),
            TimeSpan.FromSeconds(10)
        );
        Assert.Equal("Not saved before the phone slept", (await DraftAsync(solver, challengeId))!.Body);
    }

    /// <summary>Where the persisted state waits between pause and resume (the browser or the server's cache in the app).</summary>
    private sealed class Snapshot : IPersistentComponentStateStore
    {
        private IReadOnlyDictionary<string, byte[]> state = new Dictionary<string, byte[]>();

        public Task<IDictionary<string, byte[]>> GetPersistedStateAsync() =>
            Task.FromResult<IDictionary<string, byte[]>>(state.ToDictionary());

        public Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> persisted)
        {
            state = persisted;
            return Task.CompletedTask;
        }

        public bool SupportsRenderMode(IComponentRenderMode renderMode) => true;
    }
}
