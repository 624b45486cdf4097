using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.SubCenters;

namespace TechChallenge.Web.Tests.Components.SubCenters;

/// <summary>The platform's list of sub-centers: each shows where it is by name, and a new one is placed from the region list.</summary>
public sealed class SubCenterListTests : SignedInPageTest
{
    public SubCenterListTests(SqliteAppFixture fixture)
        : base(fixture) => SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    private IElement Control(IRenderedComponent<SubCenterList> page, string level) =>
        page.FindAll("div.mud-input-control").Single(e => e.QuerySelector($"[data-testid=subcenter-region-{level}]") is not null);

    private void Choose(IRenderedComponent<SubCenterList> page, string level, string name)
    {
        Control(page, level).MouseDown();
        Popovers.FindAll(".mud-popover-open [role=option]").Single(o => o.TextContent.Trim() == name).Click();
    }

    [Fact]
    public async Task Regions_read_as_names_and_a_new_sub_center_is_placed_by_province_and_city()
    {
        await SignInAsAsync(DemoAccounts.Admin);
        var page = RenderPage<SubCenterList>();

        var nantong = page.WaitForElements("[data-testid=subcenter-row]")
            .Select(cell => cell.ParentElement!)
            .Single(row => row.TextContent.Contains("南通分中心"));
        Assert.Contains("Jiangsu · Nantong", nantong.TextContent);
        Assert.DoesNotContain("RegionLabel", nantong.TextContent);

        var suffix = Guid.NewGuid().ToString("N")[..6];
        page.Find("[data-testid=subcenter-name-zh] input, input[data-testid=subcenter-name-zh]").Change($"盐城分中心{suffix}");
        page.Find("[data-testid=subcenter-name] input, input[data-testid=subcenter-name]").Change($"Yancheng Sub-center {suffix}");
        Assert.Empty(page.FindAll("[data-testid=subcenter-region-district]")); // a sub-center covers a city, not a district
        Choose(page, "province", "Jiangsu");
        Choose(page, "city", "Yancheng");
        page.Find("[data-testid=subcenter-create]").Click();

        page.WaitForAssertion(() =>
            Assert.Contains(page.FindAll("[data-testid=subcenter-row]").Select(cell => cell.ParentElement!.TextContent), row =>
                row.Contains($"Yancheng Sub-center {suffix}") && row.Contains("Jiangsu · Yancheng")
            )
        );
    }
}
