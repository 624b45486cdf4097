using Bunit;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.SubCenters;

namespace TechChallenge.Web.Tests.Components.SubCenters;

/// <summary>A sub-center's managers and the invitations that make new ones.</summary>
public sealed class SubCenterTeamTests(SqliteAppFixture fixture) : SignedInPageTest(fixture)
{
    [Fact]
    public async Task A_manager_sees_the_team_and_invites_a_colleague_by_link()
    {
        await SignInAsAsync(DemoAccounts.ZunyiManager);
        var page = RenderPage<SubCenterTeam>();
        var colleague = $"colleague-{Guid.NewGuid():N}@zunyi.example.cn";

        page.WaitForAssertion(() => Assert.Contains(DemoAccounts.ZunyiManager, page.Find("[data-testid=team-managers]").TextContent));
        Assert.Contains("遵义分中心", page.Find("h1").TextContent);
        page.Find("[data-testid=invite-email]").Change(colleague);
        page.Find("[data-testid=invite]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("http://localhost/invitations/", page.Find("[data-testid=invite-link]").TextContent));
        var row = page.FindAll("[data-testid=invitations] tbody tr").Single(r => r.TextContent.Contains(colleague));
        Assert.StartsWith("pending until", row.QuerySelector("[data-testid=invitation-status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_invitation_to_a_malformed_address_is_refused_with_the_reason()
    {
        await SignInAsAsync(DemoAccounts.NantongManager);
        var page = RenderPage<SubCenterTeam>();

        page.WaitForElement("[data-testid=invite-email]").Change("not an address");
        page.Find("[data-testid=invite]").Click();

        page.WaitForAssertion(() =>
            Assert.Equal("Enter a valid e-mail address.", page.Find("[data-testid=team-error]").TextContent.Trim())
        );
        Assert.Empty(page.FindAll("[data-testid=invite-link]"));
    }

    [Fact]
    public async Task A_manager_of_another_sub_center_finds_nothing_there()
    {
        var zunyi = (await App.ActorAsync(DemoAccounts.ZunyiManager)).SubCenterId!.Value;
        await SignInAsAsync(DemoAccounts.NantongManager);

        var page = RenderPage<SubCenterTeam>(p => p.Add(x => x.SubCenterId, zunyi));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=not-found]")));
        Assert.Empty(page.FindAll("[data-testid=team-managers]"));
    }
}
