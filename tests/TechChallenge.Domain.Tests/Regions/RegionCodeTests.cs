using TechChallenge.Domain.Regions;

namespace TechChallenge.Domain.Tests.Regions;

public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("320000", RegionLevel.Province, null, "32")]
    [InlineData("320400", RegionLevel.City, "320000", "3204")]
    [InlineData("320412", RegionLevel.District, "320400", "320412")]
    [InlineData("310110", RegionLevel.District, "310100", "310110")]
    [InlineData("429004", RegionLevel.District, "429000", "429004")]
    [InlineData("820000", RegionLevel.Province, null, "82")]
    public void A_codes_level_parent_and_prefix_follow_from_its_digits(string text, RegionLevel level, string? parent, string prefix)
    {
        var code = RegionCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(parent, code.Parent?.Value);
        Assert.Equal(prefix, code.Prefix);
        Assert.Equal(text[..2] + "0000", code.Province.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("32041")] // five digits
    [InlineData("3204120")] // seven
    [InlineData("32O412")] // a letter O
    [InlineData("３２０４１２")] // full-width digits
    [InlineData("000000")]
    [InlineData("990000")] // no such province
    [InlineData("160000")] // none in the 1x group beyond 15
    [InlineData("320012")] // a district under no city
    [InlineData(null)]
    public void Anything_but_six_digits_of_a_known_province_is_not_a_code(string? text)
    {
        Assert.False(RegionCode.TryParse(text, out _));
        Assert.Throws<FormatException>(() => RegionCode.Parse(text ?? ""));
    }

    [Fact]
    public void Spaces_around_a_code_are_ignored_and_codes_compare_by_value()
    {
        Assert.True(RegionCode.TryParse(" 520300 ", out var zunyi));
        Assert.Equal(RegionCode.Parse("520300"), zunyi);
        Assert.Equal("520300", zunyi.ToString());
    }

    [Fact]
    public void A_division_contains_itself_and_everything_below_it_and_nothing_else()
    {
        var jiangsu = RegionCode.Parse("320000");
        var changzhou = RegionCode.Parse("320400");
        var wujin = RegionCode.Parse("320412");

        Assert.True(jiangsu.Contains(wujin));
        Assert.True(changzhou.Contains(wujin));
        Assert.True(changzhou.Contains(changzhou));
        Assert.True(wujin.Contains(wujin));
        Assert.False(wujin.Contains(changzhou));
        Assert.False(changzhou.Contains(jiangsu));
        Assert.False(changzhou.Contains(RegionCode.Parse("320612"))); // Tongzhou, Nantong
        Assert.False(jiangsu.Contains(RegionCode.Parse("310110"))); // Yangpu, Shanghai
    }

    [Fact]
    public void A_region_built_from_its_code_carries_the_codes_level_and_parent()
    {
        var region = Region.Of(RegionCode.Parse("520302"), "红花岗区", "Honghuagang District");

        Assert.Equal(RegionLevel.District, region.Level);
        Assert.Equal(RegionCode.Parse("520300"), region.ParentCode);
    }
}
