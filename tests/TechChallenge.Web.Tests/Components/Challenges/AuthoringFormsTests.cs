using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>The smaller authoring forms: a new draft, the panel of judges, an announcement.</summary>
[Collection(ChallengePagesCollection.Name)]
public sealed class AuthoringFormsTests(SqliteAppFixture fixture) : ChallengePageTest(fixture)
{
    [Fact]
    public async Task A_draft_needs_its_title_and_then_opens_in_the_editor()
    {
        var manager = await SignInAsync(DemoAccounts.NantongManager);
        var before = (await Service<ChallengeAuthoring>().ListManagedAsync(manager)).Count;
        var page = RenderInApp<NewChallenge>();

        page.Find("[data-testid=create-draft]").Click();

        page.WaitForAssertion(() => Assert.Contains("needs a title", page.Find(".mud-input-control").TextContent));
        Assert.Equal(before, (await Service<ChallengeAuthoring>().ListManagedAsync(manager)).Count);

        page.Find("input[data-testid=challenge-title-input]").Change("Solid-state electrolyte for sodium cells");
        page.Find("[data-testid=create-draft]").Click();

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        page.WaitForAssertion(() => Assert.Matches("/manage/challenges/[0-9a-f-]{36}/edit$", navigation.Uri));
        Assert.Contains(await Service<ChallengeAuthoring>().ListManagedAsync(manager), c =>
            c.Title == "Solid-state electrolyte for sodium cells"
        );
    }

    [Fact]
    public async Task The_judges_ticked_in_the_editor_are_the_panel_once_saved()
    {
        var id = await DraftAsync("Panel chosen in the editor");
        var manager = await SignInAsync(DemoAccounts.NantongManager);
        var page = RenderInApp<ChallengeEditor>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=judge-option]");
        // The test id is on the checkbox itself, its label around it.
        var first = page.FindAll("input[data-testid=judge-option]")[0];
        var name = first.Closest("label")!.TextContent.Trim();

        first.Change(true);
        page.Find("[data-testid=save-challenge]").Click();

        page.WaitForAssertion(() => Assert.Contains("Saved at", page.Find("[data-testid=save-state]").TextContent));
        var panel = await Service<ChallengeAuthoring>().ListAssignedJudgesAsync(manager, id);
        Assert.Equal(name, Assert.Single(panel).DisplayName);
    }

    [Fact]
    public async Task An_announcement_needs_a_text_and_once_posted_the_form_is_cleared_and_says_so()
    {
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(30), "Announced"));
        var manager = await SignInAsync(DemoAccounts.NantongManager);
        var form = RenderInApp<AnnouncementForm>(p => p.Add(x => x.ChallengeId, id));

        form.Find("input[data-testid=announcement-title]").Input("Deadline unchanged");
        form.Find("[data-testid=announcement-post]").Click();
        form.WaitForAssertion(() => Assert.Contains("needs a title", form.Find("[data-testid=announcement-error]").TextContent));

        form.Find("textarea[data-testid=announcement-body]").Input("The deadline stays on 22 January.");
        form.Find("[data-testid=announcement-post]").Click();

        form.WaitForAssertion(() => Assert.Empty(form.FindAll("[data-testid=announcement-error]")));
        Assert.Equal("", form.Find("input[data-testid=announcement-title]").GetAttribute("value") ?? "");
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message?.Contains("Announcement posted") == true);
        var posted = await Service<ChallengeAnnouncements>().ListAnnouncementsAsync(manager, id);
        Assert.Equal("Deadline unchanged", Assert.Single(posted).Title);
    }
}
