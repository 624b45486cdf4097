namespace TechChallenge.Domain.Regions;

/// <summary>
/// A GB/T 2260 administrative division code: six digits, two each for the province, the city within it and the
/// district within that (320412: Jiangsu 32, Changzhou 04, Wujin 12). A level's digits are 00 where the code names
/// the level above, so a code's parent and the divisions within it follow from the digits alone.
/// </summary>
public sealed record RegionCode
{
    /// <summary>The first two digits of every provincial-level division GB/T 2260 defines (71 Taiwan, 81 Hong Kong, 82 Macao).</summary>
    private static readonly HashSet<string> Provinces =
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
    ];

    private RegionCode(string value) => Value = value;

    public string Value { get; }

    public RegionLevel Level =>
        Value[2..] == "0000" ? RegionLevel.Province
        : Value[4..] == "00" ? RegionLevel.City
        : RegionLevel.District;

    /// <summary>The digits every division within this one starts with: "32" for Jiangsu, "3204" for Changzhou.</summary>
    public string Prefix =>
        Level switch
        {
            RegionLevel.Province => Value[..2],
            RegionLevel.City => Value[..4],
            _ => Value,
        };

    /// <summary>The division one level up by the code's digits; null for a province.</summary>
    public RegionCode? Parent =>
        Level switch
        {
            RegionLevel.Province => null,
            RegionLevel.City => new(Value[..2] + "0000"),
            _ => new(Value[..4] + "00"),
        };

    public RegionCode Province => new(Value[..2] + "0000");

    /// <summary>Whether <paramref name="other"/> is this division or lies within it, at any depth.</summary>
    public bool Contains(RegionCode other) => other.Value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Reads a code: six ASCII digits of a known province, with no district digits under an empty city part (no
    /// "320012"). Whether the division exists is the region list's question, not the code's.
    /// </summary>
    public static bool TryParse(string? text, out RegionCode code)
    {
        code = null!;
        var value = text?.Trim() ?? "";
        if (value.Length != 6 || !value.All(char.IsAsciiDigit) || !Provinces.Contains(value[..2]))
        {
            return false;
        }

        if (value[2..4] == "00" && value[4..] != "00")
        {
            return false;
        }

        code = new RegionCode(value);
        return true;
    }

    public static RegionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a GB/T 2260 region code.");

    public override string ToString() => Value;
}
