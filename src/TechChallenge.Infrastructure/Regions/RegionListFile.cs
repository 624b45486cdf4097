using TechChallenge.Domain.Regions;

namespace TechChallenge.Infrastructure.Regions;

/// <summary>Reads the region list shipped in the assembly (assets/regions/regions.tsv: code, Chinese name, English name).</summary>
internal static class RegionListFile
{
    public const string ResourceName = "TechChallenge.Regions.tsv";

    public static IReadOnlyList<Region> Read()
    {
        using var stream = typeof(RegionListFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The region list resource is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<Region> Parse(string text)
    {
        var regions = new List<Region>();
        foreach (var (line, number) in text.Split('\n').Select((line, i) => (line.TrimEnd('\r'), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3 || !RegionCode.TryParse(columns[0], out var code) || columns[1].Length == 0 || columns[2].Length == 0)
            {
                throw new FormatException($"Region list line {number} is not 'code<TAB>中文名<TAB>English name': {line}");
            }

            regions.Add(Region.Of(code, columns[1].Trim(), columns[2].Trim()));
        }

        var repeated = regions.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key.Value).ToList();
        return repeated.Count == 0 ? regions : throw new FormatException($"Region codes listed twice: {string.Join(", ", repeated)}");
    }
}
