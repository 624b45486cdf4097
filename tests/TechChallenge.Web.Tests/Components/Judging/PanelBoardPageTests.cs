using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>The organisers' panel board: its entries with their teams, assignment, and judges removed and added by hand.</summary>
[Collection(JudgingAppCollection.Name)]
public sealed class PanelBoardPageTests : JudgingComponentTest
{
    public PanelBoardPageTests(JudgingApp app)
        : base(app)
    {
        SignInAs(app.Manager, "Nantong manager");
    }

    private IRenderedComponent<PanelBoardPage> Open(Guid challengeId)
    {
        var page = Show<PanelBoardPage>(p => p.Add(x => x.Id, challengeId));
        page.WaitForElement("h1");
        return page;
    }

    private static string ErrorOf(IRenderedComponent<PanelBoardPage> page) =>
        page.FindAll("[data-testid=panel-error]").SingleOrDefault()?.TextContent.Trim() ?? "";

    [Fact]
    public void The_board_lists_the_entries_with_their_teams_and_organisations_and_the_panel_with_its_load()
    {
        var page = Open(App["ranking"].Id);

        Assert.Equal("Judging panel and assignments", page.Find("h1").TextContent.Trim());
        Assert.Equal(["Copper paste B", "Silver paste A"], page.FindAll("[data-testid=panel-entry]").Select(e => e.TextContent.Trim()));
        var teams = page.FindAll("[data-testid=panel-entries] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Wang Yijun 王逸君", teams[1]);
        Assert.Contains(JudgingApp.Organization, teams[1]);
        Assert.DoesNotContain(JudgingApp.Organization, teams[0]);
        Assert.Equal("Judge Qian 钱", page.Find("[data-testid=panel-judge]").TextContent.Trim());
        Assert.NotNull(page.Find("[data-testid=panel-unassigned]"));
        // Every field says what it is for.
        var judgesPerEntry = page.Find("[data-testid=judges-per-entry]");
        Assert.Equal("Judges per entry", page.Find($"label[for='{judgesPerEntry.Id}']").TextContent.Trim());
    }

    [Fact]
    public void Assigning_automatically_then_removing_and_adding_a_judge_by_hand_shows_the_board_as_saved()
    {
        var page = Open(App["panel"].Id);

        page.Find("[data-testid=judges-per-entry]").Change("1");
        page.Find("[data-testid=assign-automatically]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=panel-unassigned]")));
        Assert.Equal("2", page.Find("[data-testid=judge-load]").TextContent.Trim());
        Assert.Equal(2, page.FindAll("[data-testid=entry-judge]").Count);
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == "Assignments saved.");

        var remove = page.FindAll("[data-testid=entry-judge-remove]")[0];
        Assert.Equal("Remove Judge Qian 钱 from “Copper paste B”", remove.GetAttribute("aria-label"));
        remove.Click();

        page.WaitForAssertion(() => Assert.Equal(("1", ""), (page.Find("[data-testid=judge-load]").TextContent.Trim(), ErrorOf(page))));
        Assert.Contains("1 entry has fewer judges free of conflicts than the 1 wanted", page.Find("[data-testid=panel-short]").TextContent);

        Choose(page, "entry-add-judge", "Judge Qian 钱");

        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=judge-load]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=panel-short]"));
    }
}
