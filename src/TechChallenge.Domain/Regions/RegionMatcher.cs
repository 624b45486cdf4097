namespace TechChallenge.Domain.Regions;

/// <summary>
/// Finds the division a free-text region names ("Guizhou · Zunyi", "贵州 · 遵义", "江苏省常州市武进区",
/// "Wujin District, Changzhou"), in either language, so that values typed before the region list can be mapped to it.
/// A text matches when its parts name one chain of divisions; the deepest of them is the answer. A text that names
/// nothing known, or two divisions on different chains (通州 alone: Beijing's or Nantong's), matches nothing.
/// </summary>
public sealed class RegionMatcher
{
    private static readonly char[] Separators = ['·', '・', '•', ',', '，', '、', '/', '|', ';', '；', '\n', '(', ')', '（', '）'];

    private readonly Dictionary<string, List<Region>> byKey = [];

    // Chinese keys, longest first: a text without separators (江苏省常州市) is read by its longest known beginnings.
    private readonly List<string> chineseKeys;

    public RegionMatcher(IEnumerable<Region> regions)
    {
        foreach (var region in regions)
        {
            foreach (var key in RegionNames.KeysOf(region.NameZh).Concat(RegionNames.KeysOf(region.NameEn)))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Contains(region))
                {
                    list.Add(region);
                }
            }
        }

        chineseKeys = [.. byKey.Keys.Where(RegionNames.IsChinese).OrderByDescending(k => k.Length)];
    }

    /// <summary>The division <paramref name="text"/> names, or null when it names none or cannot be told apart.</summary>
    public Region? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = new List<IReadOnlyList<Region>>();
        foreach (var part in Parts(text))
        {
            var candidates = Candidates(part);
            if (candidates is null)
            {
                return null;
            }

            parts.AddRange(candidates);
        }

        var named = parts
            .SelectMany(candidates => candidates)
            .Distinct()
            .Where(region => parts.All(candidates => candidates.Any(c => c.Code.Contains(region.Code))))
            .ToList();
        var provinces = named.GroupBy(r => r.Code.Province).ToList();
        if (provinces.Count > 1)
        {
            // A bare name shared by a province and a division elsewhere (海南: the province, and 海南藏族自治州 in
            // Qinghai) names the province.
            var namingAProvince = provinces.Where(g => g.Any(r => r.Level == RegionLevel.Province)).ToList();
            if (namingAProvince.Count != 1)
            {
                return null;
            }

            named = [.. namingAProvince[0]];
        }

        var deepest = named.MaxBy(r => r.Level);
        return deepest is not null && named.All(r => r.Code.Contains(deepest.Code)) ? deepest : null;
    }

    private static IEnumerable<string> Parts(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            // Chinese words may be set apart by spaces (江苏 常州); English names hold spaces of their own.
            .SelectMany(part => RegionNames.IsChinese(part) ? part.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [part]);

    /// <summary>The candidates of each division a part names (several for 江苏常州), or null when it names none.</summary>
    private List<IReadOnlyList<Region>>? Candidates(string part)
    {
        var keys = RegionNames.KeysOf(part);
        var direct = keys.SelectMany(key => byKey.GetValueOrDefault(key) ?? []).Distinct().ToList();
        if (direct.Count > 0)
        {
            return [direct];
        }

        if (!RegionNames.IsChinese(part))
        {
            return null;
        }

        var rest = RegionNames.Normalize(part);
        var found = new List<IReadOnlyList<Region>>();
        while (rest.Length > 0)
        {
            var key = chineseKeys.FirstOrDefault(k => rest.StartsWith(k, StringComparison.Ordinal));
            if (key is null)
            {
                return null;
            }

            found.Add(byKey[key]);
            rest = rest[key.Length..];
        }

        return found;
    }
}
