using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechChallenge.Infrastructure.Regions;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components.Shared;

/// <summary>The region picker on an interactive page: province, then city, then district, each a labelled select.</summary>
public sealed class RegionSelectTests : AppComponentTest
{
    private readonly List<string?> chosen = [];
    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    public RegionSelectTests()
    {
        Services.AddSingleton(RegionDirectory.Shipped);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<RegionSelect> RenderSelect(string? code = null, IReadOnlyList<RegionView>? choices = null)
    {
        popovers = Render<MudPopoverProvider>();
        return Render<RegionSelect>(p =>
            p.Add(x => x.Label, "Region of the need")
                .Add(x => x.Code, code)
                .Add(x => x.Choices, choices)
                .Add(x => x.CodeChanged, c => chosen.Add(c))
        );
    }

    private static IElement? Level(IRenderedComponent<RegionSelect> select, string level) =>
        select.FindAll($"[data-testid=region-select-{level}]").SingleOrDefault();

    private static IElement Control(IRenderedComponent<RegionSelect> select, string level) =>
        select.FindAll("div.mud-input-control").Single(e => e.QuerySelector($"[data-testid=region-select-{level}]") is not null);

    /// <summary>What the level's list offers, opened (and closed) as a person does it.</summary>
    private List<string> OptionsOf(IRenderedComponent<RegionSelect> select, string level)
    {
        Control(select, level).MouseDown();
        List<string> options = [.. popovers.FindAll(".mud-popover-open [role=option]").Select(o => o.TextContent.Trim())];
        Control(select, level).MouseDown(); // and closed again
        Assert.Empty(popovers.FindAll(".mud-popover-open"));
        return options;
    }

    private void Choose(IRenderedComponent<RegionSelect> select, string level, string name)
    {
        Control(select, level).MouseDown();
        popovers.FindAll(".mud-popover-open [role=option]").Single(o => o.TextContent.Trim() == name).Click();
    }

    [Fact]
    public void Each_level_appears_once_the_one_above_is_chosen_and_the_deepest_choice_is_the_code()
    {
        var select = RenderSelect();
        Assert.Equal("Region of the need", select.Find("legend").TextContent);
        Assert.Equal("Province", Level(select, "province")!.GetAttribute("aria-label"));
        Assert.Null(Level(select, "city"));
        Assert.Equal(34, OptionsOf(select, "province").Count);

        Choose(select, "province", "Jiangsu");
        Assert.Equal("City", Level(select, "city")!.GetAttribute("aria-label"));
        Assert.Null(Level(select, "district"));
        Assert.Equal(13, OptionsOf(select, "city").Count);

        Choose(select, "city", "Changzhou");
        Assert.Equal(
            ["Tianning District", "Zhonglou District", "Xinbei District", "Wujin District", "Jintan District", "Liyang City"],
            OptionsOf(select, "district")
        );

        Choose(select, "district", "Wujin District");
        Assert.Equal(["320000", "320400", "320412"], chosen);
        Assert.Equal("Wujin District", Level(select, "district")!.TextContent);
    }

    [Fact]
    public void A_given_code_shows_its_levels_and_clearing_one_goes_back_to_the_level_above()
    {
        var select = RenderSelect("320412");
        Assert.Equal(
            ["Jiangsu", "Changzhou", "Wujin District"],
            new[] { "province", "city", "district" }.Select(level => Level(select, level)!.TextContent)
        );

        Control(select, "district").QuerySelector("button[aria-label=Clear]")!.Click();

        Assert.Equal(["320400"], chosen);
        Assert.Equal("", Level(select, "district")!.TextContent);
        Assert.Equal("Changzhou", Level(select, "city")!.TextContent);
    }

    [Fact]
    public void A_new_province_drops_the_city_and_district_chosen_in_the_old_one()
    {
        var select = RenderSelect("320412");

        Choose(select, "province", "Guizhou");

        Assert.Equal(["520000"], chosen);
        Assert.Equal("", Level(select, "city")!.TextContent);
        Assert.Null(Level(select, "district"));
        Assert.Contains("Zunyi", OptionsOf(select, "city"));
    }

    [Fact]
    public void A_municipality_goes_straight_to_its_districts()
    {
        var select = RenderSelect();

        Choose(select, "province", "Shanghai");
        Assert.Null(Level(select, "city"));
        var districts = OptionsOf(select, "district");
        Assert.Equal(16, districts.Count);
        Choose(select, "district", "Yangpu District");

        Assert.Equal(["310000", "310110"], chosen);
    }

    [Fact]
    public void Only_the_given_choices_are_offered()
    {
        var regions = RegionDirectory.Shipped;
        var select = RenderSelect(choices: [.. regions.PathOf("320412"), .. regions.PathOf("520300")]);

        Assert.Equal(["Jiangsu", "Guizhou"], OptionsOf(select, "province"));
        Choose(select, "province", "Guizhou");
        // One city to offer is still a choice of a city (not a municipality's own).
        Assert.Equal(["Zunyi"], OptionsOf(select, "city"));
        Choose(select, "city", "Zunyi");

        Assert.Equal(["520000", "520300"], chosen);
        Assert.Null(Level(select, "district"));
    }
}

/// <summary>The same picker for a Chinese reader.</summary>
public sealed class RegionSelectInChineseTests : AppComponentTest
{
    public RegionSelectInChineseTests()
        : base("zh-CN")
    {
        Services.AddSingleton(RegionDirectory.Shipped);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Names_and_labels_are_in_Chinese()
    {
        Render<MudPopoverProvider>();
        var select = Render<RegionSelect>(p => p.Add(x => x.Label, "地区").Add(x => x.Code, "310110"));

        Assert.Equal("上海市", select.Find("[data-testid=region-select-province]").TextContent);
        Assert.Equal("杨浦区", select.Find("[data-testid=region-select-district]").TextContent);
        Assert.Equal(["省份", "区县"], select.FindAll("[role=combobox]").Select(c => c.GetAttribute("aria-label")));
    }
}

/// <summary>Statically rendered (the catalog for anonymous visitors): one native select a plain form sends.</summary>
public sealed class RegionSelectStaticTests : AppComponentTest
{
    public RegionSelectStaticTests()
    {
        Services.AddSingleton(RegionDirectory.Shipped);
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    [Fact]
    public void Choices_are_full_names_under_a_label_and_the_form_sends_the_code()
    {
        var regions = RegionDirectory.Shipped;
        var select = Render<RegionSelect>(p =>
            p.Add(x => x.Label, "Region")
                .Add(x => x.Name, "region")
                .Add(x => x.TestId, "filter-region")
                .Add(x => x.Code, "320400")
                .Add(x => x.Choices, [.. regions.PathOf("320412"), .. regions.PathOf("310110")])
        );

        var native = select.Find("select[data-testid=filter-region]");
        Assert.Equal("region", native.GetAttribute("name"));
        Assert.Equal(native.Id, select.Find("label").GetAttribute("for"));
        Assert.Equal("Region", select.Find("label").TextContent);
        Assert.Equal(
            // Shanghai's city-level entry reads as Shanghai: the municipality stands for it.
            [
                "Any region",
                "Shanghai",
                "Shanghai · Yangpu District",
                "Jiangsu",
                "Jiangsu · Changzhou",
                "Jiangsu · Changzhou · Wujin District",
            ],
            select.FindAll("option").Select(o => o.TextContent)
        );
        Assert.Equal("320400", Assert.Single(select.FindAll("option[selected]")).GetAttribute("value"));
        Assert.Empty(select.FindAll("[role=combobox]"));
    }

    [Fact]
    public void A_filter_may_stop_at_cities()
    {
        var select = Render<RegionSelect>(p =>
            p.Add(x => x.Label, "Region").Add(x => x.Deepest, Domain.Regions.RegionLevel.City).Add(x => x.EmptyText, "Anywhere")
        );

        var options = select.FindAll("option").ToList();
        Assert.Equal("Anywhere", options[0].TextContent);
        Assert.Equal(34 + 342 - 3, options.Count - 1); // Beijing's, Tianjin's and Shanghai's own city-level entries left out
        Assert.DoesNotContain(options, o => o.GetAttribute("value") == "320412");
    }
}
