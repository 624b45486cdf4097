namespace TechChallenge.Domain.Regions;

/// <summary>The three levels of China's administrative divisions that GB/T 2260 codes.</summary>
public enum RegionLevel
{
    /// <summary>Province, autonomous region, municipality or special administrative region (省级).</summary>
    Province = 1,

    /// <summary>Prefecture-level city, prefecture, league or autonomous prefecture (地级).</summary>
    City = 2,

    /// <summary>District, county, county-level city or banner (县级).</summary>
    District = 3,
}
