using Bunit;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Clock;

namespace TechChallenge.Web.Tests.Components.Clock;

/// <summary>The admins' jobs page says what the scheduler's states mean, in the viewer's language, never its codes.</summary>
public sealed class JobsDashboardTests(SqliteAppFixture fixture) : SignedInPageTest(fixture)
{
    [Fact]
    public async Task Planned_steps_show_their_state_in_words_and_the_single_server_by_name()
    {
        await SignInAsAsync(DemoAccounts.Admin);

        var page = RenderPage<JobsDashboardPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=jobs-trigger-state]")));
        var states = page.FindAll("[data-testid=jobs-trigger-state]");
        Assert.Contains(states, s => s.GetAttribute("data-state") == "WAITING" && s.TextContent.Trim() == "Waiting");
        Assert.DoesNotContain("WAITING", page.Find("[data-testid=jobs-upcoming]").TextContent);
        Assert.Equal("This instance: this server", page.Find("[data-testid=scheduler-instance]").TextContent.Trim());
        Assert.DoesNotContain("NON_CLUSTERED", page.Markup);
    }

    [Fact]
    public async Task Running_a_planned_step_now_asks_first()
    {
        await SignInAsAsync(DemoAccounts.Admin);
        var page = RenderPage<JobsDashboardPage>();
        var dialogs = DialogHost;
        var runs = WaitFor(page, () => page.Find("[data-testid=jobs-runs]")).QuerySelectorAll("[data-testid=jobs-run]").Length;

        WaitFor(page, () => page.FindAll("[data-testid=jobs-trigger-now]")[0]).Click();
        dialogs.WaitForAssertion(() => Assert.Contains("takes effect at once", dialogs.Find(".mud-dialog").TextContent));
        Answer(dialogs, "Cancel");

        Assert.Empty(Snackbars);
        Assert.Equal(runs, page.FindAll("[data-testid=jobs-run]").Count);
    }
}
