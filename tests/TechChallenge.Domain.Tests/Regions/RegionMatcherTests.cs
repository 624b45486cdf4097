using TechChallenge.Domain.Regions;

namespace TechChallenge.Domain.Tests.Regions;

/// <summary>Free-text regions from before the region list, read in either language.</summary>
public sealed class RegionMatcherTests
{
    private static readonly RegionMatcher Matcher = new([
        Region.Of(RegionCode.Parse("110000"), "北京市", "Beijing"),
        Region.Of(RegionCode.Parse("110100"), "北京市", "Beijing"),
        Region.Of(RegionCode.Parse("110112"), "通州区", "Tongzhou District"),
        Region.Of(RegionCode.Parse("220000"), "吉林省", "Jilin"),
        Region.Of(RegionCode.Parse("220200"), "吉林市", "Jilin City"),
        Region.Of(RegionCode.Parse("320000"), "江苏省", "Jiangsu"),
        Region.Of(RegionCode.Parse("320400"), "常州市", "Changzhou"),
        Region.Of(RegionCode.Parse("320412"), "武进区", "Wujin District"),
        Region.Of(RegionCode.Parse("320600"), "南通市", "Nantong"),
        Region.Of(RegionCode.Parse("320612"), "通州区", "Tongzhou District"),
        Region.Of(RegionCode.Parse("320623"), "如东县", "Rudong County"),
        Region.Of(RegionCode.Parse("450000"), "广西壮族自治区", "Guangxi"),
        Region.Of(RegionCode.Parse("460000"), "海南省", "Hainan"),
        Region.Of(RegionCode.Parse("520000"), "贵州省", "Guizhou"),
        Region.Of(RegionCode.Parse("520300"), "遵义市", "Zunyi"),
        Region.Of(RegionCode.Parse("520325"), "道真仡佬族苗族自治县", "Daozhen Gelao and Miao Autonomous County"),
        Region.Of(RegionCode.Parse("522600"), "黔东南苗族侗族自治州", "Qiandongnan Miao and Dong Autonomous Prefecture"),
        Region.Of(RegionCode.Parse("610000"), "陕西省", "Shaanxi"),
        Region.Of(RegionCode.Parse("610100"), "西安市", "Xi'an"),
        Region.Of(RegionCode.Parse("630000"), "青海省", "Qinghai"),
        Region.Of(RegionCode.Parse("632500"), "海南藏族自治州", "Hainan Tibetan Autonomous Prefecture"),
    ]);

    [Theory]
    [InlineData("Guizhou · Zunyi", "520300")]
    [InlineData("贵州 · 遵义", "520300")]
    [InlineData("贵州省遵义市", "520300")]
    [InlineData("Zunyi, Guizhou", "520300")]
    [InlineData("Zunyi City", "520300")]
    [InlineData("遵义", "520300")]
    [InlineData("Jiangsu · Changzhou", "320400")]
    [InlineData("江苏省常州市武进区", "320412")]
    [InlineData("江苏 常州 武进", "320412")]
    [InlineData("Wujin District, Changzhou, Jiangsu", "320412")]
    [InlineData("wujin", "320412")]
    [InlineData("Rudong, Nantong", "320623")]
    [InlineData("南通 通州", "320612")] // 通州 alone could be Beijing's
    [InlineData("Beijing / Tongzhou", "110112")]
    [InlineData("广西", "450000")]
    [InlineData("Guangxi Zhuang Autonomous Region", "450000")]
    [InlineData("黔东南", "522600")]
    [InlineData("道真", "520325")]
    [InlineData("Xian, Shaanxi Province", "610100")]
    [InlineData("海南", "460000")] // the province, not Qinghai's 海南藏族自治州
    [InlineData("青海 · 海南", "632500")]
    [InlineData("吉林", "220200")] // province and city on one chain: the deeper
    public void A_text_naming_one_chain_of_divisions_maps_to_the_deepest(string text, string code)
    {
        Assert.Equal(code, Matcher.Match(text)?.Code.Value);
    }

    [Theory]
    [InlineData("通州")] // Beijing's or Nantong's
    [InlineData("Tongzhou District")]
    [InlineData("Guizhou · Changzhou")] // not one chain
    [InlineData("Hefei High-tech Zone")] // not a division, and not in this list
    [InlineData("Yangtze River Delta")]
    [InlineData("江苏省常州市某某镇")] // a part no division is named by
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_text_naming_nothing_known_or_two_chains_maps_to_nothing(string? text)
    {
        Assert.Null(Matcher.Match(text));
    }

    [Theory]
    [InlineData("遵义市", "遵义")]
    [InlineData("广西壮族自治区", "广西")]
    [InlineData("新疆维吾尔自治区", "新疆")]
    [InlineData("内蒙古自治区", "内蒙古")]
    [InlineData("海西蒙古族藏族自治州", "海西")]
    [InlineData("伊犁哈萨克自治州", "伊犁")]
    [InlineData("浦东新区", "浦东")]
    [InlineData("香港特别行政区", "香港")]
    [InlineData("城区", "城区")] // a short name keeps two characters
    public void Chinese_short_names_drop_the_divisions_kind_and_peoples(string name, string shortName)
    {
        Assert.Equal(shortName, RegionNames.ShortChinese(name));
    }
}
