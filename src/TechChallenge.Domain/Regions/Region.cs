namespace TechChallenge.Domain.Regions;

/// <summary>One of China's administrative divisions, from the list the platform ships (GB/T 2260).</summary>
public sealed class Region
{
    public required RegionCode Code { get; init; }

    /// <summary>Follows from <see cref="Code"/>; stored so that lists by level need no parsing.</summary>
    public RegionLevel Level { get; init; }

    /// <summary>The division one level up; null for a province.</summary>
    public RegionCode? ParentCode { get; init; }

    /// <summary>The official name, e.g. 武进区.</summary>
    public required string NameZh { get; set; }

    /// <summary>The name in English (pinyin), e.g. Wujin District.</summary>
    public required string NameEn { get; set; }

    public static Region Of(RegionCode code, string nameZh, string nameEn) =>
        new()
        {
            Code = code,
            Level = code.Level,
            ParentCode = code.Parent,
            NameZh = nameZh,
            NameEn = nameEn,
        };
}
