using System.Globalization;
using TechChallenge.Domain.Regions;
using TechChallenge.Infrastructure.Regions;

namespace TechChallenge.Infrastructure.Tests.Regions;

/// <summary>The region list shipped with the app, and the directory that browses, searches and labels it.</summary>
public sealed class RegionDirectoryTests
{
    private static readonly RegionDirectory Regions = RegionDirectory.Shipped;

    [Fact]
    public void The_shipped_list_has_every_provincial_and_prefecture_level_division()
    {
        var byLevel = Regions.All.GroupBy(r => r.Level).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(34, byLevel[RegionLevel.Province]);
        // 333 prefecture-level divisions, a city-level entry for each of the four municipalities (Chongqing has two:
        // its districts and its counties) and four groups of county-level divisions under their province directly.
        Assert.Equal(333 + 5 + 4, byLevel[RegionLevel.City]);
        Assert.All(Regions.All, r => Assert.Equal(r.Code.Level, r.Level));
        Assert.All(Regions.All, r => Assert.False(string.IsNullOrWhiteSpace(r.NameZh) || string.IsNullOrWhiteSpace(r.NameEn)));
        // Every province but Taiwan, Hong Kong and Macao (which GB/T 2260 does not divide) has cities.
        Assert.Equal(
            ["710000", "810000", "820000"],
            Regions.Provinces().Where(p => Regions.ChildrenOf(p.Code).Count == 0).Select(p => p.Code)
        );
    }

    [Theory]
    [InlineData("320600", 7)] // Nantong
    [InlineData("320400", 6)] // Changzhou, with Wujin
    [InlineData("520300", 14)] // Zunyi
    [InlineData("310100", 16)] // Shanghai, with Yangpu
    [InlineData("330400", 7)] // Jiaxing, with Nanhu
    [InlineData("340100", 9)] // Hefei
    public void The_demo_datas_and_the_news_cities_come_with_all_their_districts(string city, int districts)
    {
        Assert.Equal(districts, Regions.ChildrenOf(city).Count);
        Assert.All(Regions.ChildrenOf(city), d => Assert.Equal(RegionLevel.District, d.Level));
    }

    [Fact]
    public void A_divisions_path_and_label_read_from_its_province_down_in_both_languages()
    {
        Assert.Equal(["320000", "320400", "320412"], Regions.PathOf("320412").Select(r => r.Code));
        var wujin = Regions.LabelOf(RegionCode.Parse("320412"));
        Assert.Equal(("江苏省 · 常州市 · 武进区", "Jiangsu · Changzhou · Wujin District"), (wujin.Zh, wujin.En));
        Assert.Equal("江苏省 · 常州市 · 武进区", wujin.In(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("Jiangsu · Changzhou · Wujin District", wujin.In(CultureInfo.GetCultureInfo("en-US")));

        // A municipality is named once, not as its own city.
        var yangpu = Regions.LabelOf(RegionCode.Parse("310110"));
        Assert.Equal(("上海市 · 杨浦区", "Shanghai · Yangpu District"), (yangpu.Zh, yangpu.En));

        // Text from before the list is shown as typed; nothing is nothing.
        Assert.Equal(new RegionLabel(null, "Hefei High-tech Zone", "Hefei High-tech Zone"), Regions.LabelOf(null, "Hefei High-tech Zone"));
        Assert.True(Regions.LabelOf(null).IsEmpty);
    }

    [Fact]
    public void Search_finds_divisions_by_code_prefix_and_by_name_in_either_language()
    {
        Assert.Equal(["320400", "320402", "320404", "320411", "320412", "320413", "320481"], Regions.Search("3204").Select(r => r.Code));
        Assert.Equal("520300", Regions.Search("遵义")[0].Code);
        Assert.Equal("520300", Regions.Search("zunyi")[0].Code);
        Assert.Contains(Regions.Search("Nanhu"), r => r.Code == "330402");
        Assert.Equal("310110", Assert.Single(Regions.Search("杨浦")).Code);
        Assert.Equal(5, Regions.Search("州", limit: 5).Count);
        Assert.Empty(Regions.Search("  "));
        Assert.Empty(Regions.Search("Atlantis"));
    }

    [Fact]
    public void A_city_stands_for_itself_and_its_districts()
    {
        var zunyi = Regions.Within(RegionCode.Parse("520300")).Select(c => c.Value).ToList();

        Assert.Equal(15, zunyi.Count);
        Assert.Contains("520302", zunyi);
        Assert.Contains("520382", zunyi);
        Assert.DoesNotContain("520100", zunyi);
        Assert.Equal(["320412"], Regions.Within(RegionCode.Parse("320412")).Select(c => c.Value));
        Assert.Contains(RegionCode.Parse("520325"), Regions.NamedBy("遵义")); // Daozhen, by its city's name
        Assert.Contains(RegionCode.Parse("320412"), Regions.NamedBy("wujin"));
    }

    [Theory]
    [InlineData("320412", "320412")]
    [InlineData("Guizhou · Zunyi", "520300")]
    [InlineData("贵州 · 遵义", "520300")]
    [InlineData("Jiangsu · Nantong", "320600")]
    [InlineData("Changzhou Wujin District", null)] // no separator between two English names
    [InlineData("Changzhou · Wujin District", "320412")]
    [InlineData("上海市杨浦区", "310110")]
    [InlineData("Nanhu District, Jiaxing, Zhejiang", "330402")]
    [InlineData("Hefei High-tech Zone", null)] // a development zone, not a division
    [InlineData("320599", null)] // a well-formed code the list does not have
    public void Resolve_takes_a_code_of_the_list_or_a_name_in_either_language(string text, string? code)
    {
        Assert.Equal(code, Regions.Resolve(text)?.Value);
    }

    [Fact]
    public void A_malformed_list_is_refused_with_its_line()
    {
        var error = Assert.Throws<FormatException>(() =>
            RegionListFile.Parse("# comment\n320000\t江苏省\tJiangsu\n32040\t常州市\tChangzhou\n")
        );
        Assert.Contains("line 3", error.Message);
        Assert.Throws<FormatException>(() => RegionListFile.Parse("320000\t江苏省\tJiangsu\n320000\t江苏省\tJiangsu\n"));
        Assert.Throws<InvalidOperationException>(() => new RegionDirectory(RegionListFile.Parse("320400\t常州市\tChangzhou\n")));
    }
}
