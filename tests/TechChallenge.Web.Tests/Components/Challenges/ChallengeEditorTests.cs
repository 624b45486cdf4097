using Bunit;
using Microsoft.AspNetCore.Components;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>The challenge editor as its author uses it: typing, the autosave, the rules next to the fields, the labels.</summary>
[Collection(ChallengePagesCollection.Name)]
public sealed class ChallengeEditorTests(SqliteAppFixture fixture) : ChallengePageTest(fixture)
{
    [Fact]
    public async Task What_the_author_types_is_saved_by_the_autosave()
    {
        var id = await DraftAsync("Autosaved challenge");
        var manager = await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=challenge-summary-input]");

        page.Find("textarea[data-testid=challenge-summary-input]").Input("Recover cobalt from spent cathodes.");

        page.WaitForAssertion(
            () => Assert.Contains("Saved at", page.Find("[data-testid=save-state]").TextContent),
            TimeSpan.FromSeconds(10)
        );
        var saved = await Service<ChallengeAuthoring>().GetEditorAsync(manager, id);
        Assert.Equal("Recover cobalt from spent cathodes.", saved!.Content.Summary);
    }

    [Fact]
    public async Task An_emptied_title_shows_its_rule_next_to_the_field_and_the_refused_save_says_it_too()
    {
        var id = await DraftAsync("Title to be emptied");
        await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=challenge-title-input]");

        page.Find("input[data-testid=challenge-title-input]").Input("");
        page.Find("input[data-testid=challenge-title-input]").Blur();

        page.WaitForAssertion(() =>
            Assert.Contains("needs a title", FieldOf(page, "challenge-title-input").TextContent, StringComparison.OrdinalIgnoreCase)
        );
        page.Find("[data-testid=save-challenge]").Click();
        page.WaitForAssertion(() =>
            Assert.Contains("needs a title", page.Find("[data-testid=editor-error]").TextContent, StringComparison.OrdinalIgnoreCase)
        );
        Assert.Contains("Not saved", page.Find("[data-testid=save-state]").TextContent);
    }

    [Fact]
    public async Task An_award_without_its_currency_says_so_next_to_the_currency()
    {
        var id = await DraftAsync("Award without currency");
        await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=challenge-award-currency-input]");

        page.Find("input[data-testid=challenge-award-currency-input]").Input("");
        page.Find("input[data-testid=challenge-award-currency-input]").Blur();

        page.WaitForAssertion(() => Assert.Contains("three-letter code", FieldOf(page, "challenge-award-currency-input").TextContent));
        Assert.DoesNotContain("three-letter code", FieldOf(page, "challenge-award-amount-input").TextContent);
    }

    [Fact]
    public async Task An_edit_saved_elsewhere_stops_the_autosave_and_the_reload_brings_it_in()
    {
        var id = await DraftAsync("Edited in two tabs");
        var manager = await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=challenge-title-input]");
        var authoring = Service<ChallengeAuthoring>();
        var other = (await authoring.GetEditorAsync(manager, id))!;
        var elsewhere = await authoring.SaveAsync(
            manager,
            id,
            other.Version,
            other.Content with
            {
                Summary = "Typed in the other tab.",
            },
            null
        );
        Assert.True(elsewhere.Succeeded);

        page.Find("textarea[data-testid=challenge-summary-input]").Input("Typed in this tab.");

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=editor-reload]")), TimeSpan.FromSeconds(10));
        Assert.Contains("Someone saved a newer version", page.Find("[data-testid=editor-error]").TextContent);
        Assert.Contains("Not saved", page.Find("[data-testid=save-state]").TextContent);
        Assert.Equal("Typed in the other tab.", (await authoring.GetEditorAsync(manager, id))!.Content.Summary);
        page.Find("[data-testid=editor-reload]").Click();
        page.WaitForAssertion(() =>
            Assert.Equal("Typed in the other tab.", ValueOf(page.Find("textarea[data-testid=challenge-summary-input]")))
        );
        Assert.Empty(page.FindAll("[data-testid=editor-error]"));
    }

    [Fact]
    public async Task What_was_typed_outlives_the_circuit_and_is_saved_on_the_new_one()
    {
        var id = await DraftAsync("Typed before the restart");
        var manager = await SignInAsync(DemoAccounts.NantongManager);
        // The first circuit goes before its autosave runs: the typing lives only in the page.
        SetRendererInfo(new RendererInfo("Server", isInteractive: false));
        var before = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));
        before.WaitForElement("[data-testid=challenge-summary-input]");
        before.Find("textarea[data-testid=challenge-summary-input]").Input("Typed just before the server restarted.");
        PersistentState.TriggerOnPersisting();
        await DisposeComponentsAsync();

        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var after = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));

        after.WaitForAssertion(() =>
            Assert.Equal("Typed just before the server restarted.", ValueOf(after.Find("textarea[data-testid=challenge-summary-input]")))
        );
        after.WaitForAssertion(
            () => Assert.Contains("Saved at", after.Find("[data-testid=save-state]").TextContent),
            TimeSpan.FromSeconds(10)
        );
        Assert.Equal(
            "Typed just before the server restarted.",
            (await Service<ChallengeAuthoring>().GetEditorAsync(manager, id))!.Content.Summary
        );
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Every_field_of_the_editor_has_a_label_tied_to_it(string culture)
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new(culture);
        var id = await DraftAsync("Labelled challenge");
        await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=challenge-title-input]");

        var fields = page.FindAll("input:not([type=hidden]):not([type=file]), textarea, select");
        Assert.True(fields.Count >= 30, $"only {fields.Count} fields");
        Assert.All(fields, field =>
        {
            var labelled =
                field.GetAttribute("aria-label") is { Length: > 0 }
                || field.GetAttribute("aria-labelledby") is { Length: > 0 }
                || field.Closest("label") is not null
                || (field.Id is { Length: > 0 } fieldId && page.FindAll($"label[for='{fieldId}']").Count == 1);
            Assert.True(labelled, $"no label for {field.OuterHtml}");
        });
    }

    [Fact]
    public async Task A_challenge_under_review_is_frozen_and_nothing_can_be_typed()
    {
        var id = await DraftAsync("Frozen challenge");
        await MoveAsync(id, DemoAccounts.NantongManager, ChallengeTrigger.SubmitForReview);
        await SignInAsync(DemoAccounts.NantongManager);

        var page = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));

        page.WaitForElement("[data-testid=editor-frozen]");
        Assert.True(page.Find("input[data-testid=challenge-title-input]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=save-challenge]"));
    }

    [Fact]
    public async Task Another_sub_centers_manager_finds_nothing()
    {
        var id = await DraftAsync("Nantong's own challenge");
        await SignInAsync(DemoAccounts.ZunyiManager);

        var page = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));

        page.WaitForElement("[data-testid=not-found]");
        Assert.Empty(page.FindAll("[data-testid=challenge-title-input]"));
    }

    private static string ValueOf(AngleSharp.Dom.IElement field) => field.GetAttribute("value") ?? field.TextContent;

    // The MudBlazor field around an input: where its label and its message are.
    private static AngleSharp.Dom.IElement FieldOf(IRenderedComponent<ChallengeEditor> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")!;
}
