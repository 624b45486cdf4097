using Bunit;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Clock;

namespace TechChallenge.Web.Tests.Components.Clock;

/// <summary>The same page for a Chinese-speaking admin.</summary>
public sealed class JobsDashboardInChineseTests(SqliteAppFixture fixture) : SignedInPageTest(fixture, "zh-CN")
{
    [Fact]
    public async Task Planned_steps_show_their_state_in_Chinese()
    {
        await SignInAsAsync(DemoAccounts.Admin);

        var page = RenderPage<JobsDashboardPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=jobs-trigger-state]")));
        var states = page.FindAll("[data-testid=jobs-trigger-state]");
        Assert.Contains(states, s => s.GetAttribute("data-state") == "WAITING" && s.TextContent.Trim() == "等待执行");
        Assert.DoesNotContain("WAITING", page.Find("[data-testid=jobs-upcoming]").TextContent);
        Assert.Equal("本实例：本服务器", page.Find("[data-testid=scheduler-instance]").TextContent.Trim());
    }
}
