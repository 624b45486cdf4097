using System.Globalization;
using TechChallenge.Domain.Regions;

namespace TechChallenge.Infrastructure.Regions;

/// <summary>A division of the region list, with its names in both languages.</summary>
public sealed record RegionView(string Code, RegionLevel Level, string? ParentCode, string NameZh, string NameEn)
{
    public static RegionView Of(Region region) =>
        new(region.Code.Value, region.Level, region.ParentCode?.Value, region.NameZh, region.NameEn);
}

/// <summary>
/// Where something is, as the viewer reads it: the division's path from its province ("江苏省 · 常州市 · 武进区",
/// "Jiangsu · Changzhou · Wujin District"), or a free-text region from before the list, as typed (no code).
/// </summary>
public sealed record RegionLabel(string? Code, string Zh, string En)
{
    public static RegionLabel None { get; } = new(null, "", "");

    public bool IsEmpty => Zh.Length == 0 && En.Length == 0;

    /// <summary>The text for a viewer reading <paramref name="culture"/>: Chinese for zh-*, English otherwise.</summary>
    public string In(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.Ordinal) ? Zh : En;

    /// <summary>In the current request's language, so that <c>@label</c> in a page shows the viewer's.</summary>
    public override string ToString() => In(CultureInfo.CurrentUICulture);
}

/// <summary>A free-text region that names no division of the list: kept as typed, and reported.</summary>
public sealed record UnmappedRegion(string Kind, Guid Id, string Name, string Text);
