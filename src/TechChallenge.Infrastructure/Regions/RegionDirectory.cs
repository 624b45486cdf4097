using TechChallenge.Domain.Regions;

namespace TechChallenge.Infrastructure.Regions;

/// <summary>
/// The region list the platform ships (assets/regions/regions.tsv, GB/T 2260 codes): browse it level by level,
/// search it by code or name in either language, label a division in the viewer's language, and read free-text
/// regions into it. The same list is loaded into the database's Regions table, which challenges and sub-centers refer
/// to; it is immutable while the app runs, so one instance serves everyone.
/// </summary>
public sealed class RegionDirectory
{
    private const string Separator = " · ";

    private static readonly Lazy<RegionDirectory> ShippedList = new(() => new RegionDirectory(RegionListFile.Read()));

    private readonly Dictionary<string, Region> byCode;
    private readonly ILookup<string, Region> byParent;
    private readonly RegionMatcher matcher;

    public RegionDirectory(IEnumerable<Region> regions)
    {
        All = [.. regions.OrderBy(r => r.Code.Value, StringComparer.Ordinal)];
        byCode = All.ToDictionary(r => r.Code.Value);
        var orphans = All.Where(r => r.ParentCode is { } parent && !byCode.ContainsKey(parent.Value)).Select(r => r.Code.Value).ToList();
        if (orphans.Count > 0)
        {
            throw new InvalidOperationException($"Regions without their parent in the list: {string.Join(", ", orphans)}");
        }

        byParent = All.ToLookup(r => r.ParentCode?.Value ?? "");
        matcher = new RegionMatcher(All);
    }

    /// <summary>The list shipped with the app.</summary>
    public static RegionDirectory Shipped => ShippedList.Value;

    /// <summary>Every division, in code order.</summary>
    public IReadOnlyList<Region> All { get; }

    public IReadOnlyList<RegionView> Provinces() => ChildrenOf(null);

    /// <summary>The divisions one level below <paramref name="code"/>; the provinces for none.</summary>
    public IReadOnlyList<RegionView> ChildrenOf(string? code) => [.. byParent[code ?? ""].Select(RegionView.Of)];

    public RegionView? Find(string? code) => Get(code) is { } region ? RegionView.Of(region) : null;

    /// <summary>From the province down to <paramref name="code"/> itself; empty for a code not in the list.</summary>
    public IReadOnlyList<RegionView> PathOf(string? code)
    {
        var path = new List<RegionView>();
        for (var region = Get(code); region is not null; region = Get(region.ParentCode?.Value))
        {
            path.Insert(0, RegionView.Of(region));
        }

        return path;
    }

    /// <summary>
    /// Divisions whose code starts with <paramref name="text"/> (digits), or whose name in either language contains it;
    /// those whose name starts with it first, then the higher levels.
    /// </summary>
    public IReadOnlyList<RegionView> Search(string? text, int limit = 20)
    {
        var query = text?.Trim() ?? "";
        if (query.Length == 0)
        {
            return [];
        }

        if (query.All(char.IsAsciiDigit))
        {
            return [.. All.Where(r => r.Code.Value.StartsWith(query, StringComparison.Ordinal)).Take(limit).Select(RegionView.Of)];
        }

        var key = RegionNames.Normalize(query);
        return
        [
            .. All.Select(r => (Region: r, Name: RegionNames.Normalize(RegionNames.IsChinese(query) ? r.NameZh : r.NameEn)))
                .Where(r => key.Length > 0 && r.Name.Contains(key, StringComparison.Ordinal))
                .OrderBy(r => r.Name.StartsWith(key, StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(r => r.Region.Level)
                .ThenBy(r => r.Region.Code.Value, StringComparer.Ordinal)
                .Take(limit)
                .Select(r => RegionView.Of(r.Region)),
        ];
    }

    /// <summary>The division and every one within it, for filters that take a city to mean its districts too.</summary>
    public IReadOnlyList<RegionCode> Within(RegionCode code) => [.. All.Where(r => code.Contains(r.Code)).Select(r => r.Code)];

    /// <summary>
    /// Every division whose own name, or an enclosing division's, contains <paramref name="term"/> in either language:
    /// what a catalog search for 遵义 or "zunyi" finds by region.
    /// </summary>
    public IReadOnlyList<RegionCode> NamedBy(string term)
    {
        var key = RegionNames.Normalize(term);
        if (key.Length == 0)
        {
            return [];
        }

        var named = All.Where(r =>
            RegionNames.Normalize(r.NameZh).Contains(key, StringComparison.Ordinal)
            || RegionNames.Normalize(r.NameEn).Contains(key, StringComparison.Ordinal)
        );
        return [.. named.SelectMany(r => Within(r.Code)).Distinct()];
    }

    /// <summary>A code of the list as typed, or the division a free-text region names (see <see cref="RegionMatcher"/>).</summary>
    public RegionCode? Resolve(string? codeOrName)
    {
        if (RegionCode.TryParse(codeOrName, out var code))
        {
            return Get(code.Value)?.Code;
        }

        return matcher.Match(codeOrName)?.Code;
    }

    /// <summary>The label of <paramref name="code"/>, or of the free text kept from before the list when there is no code.</summary>
    public RegionLabel LabelOf(RegionCode? code, string legacy = "")
    {
        var path = PathOf(code?.Value);
        if (path.Count == 0)
        {
            return legacy.Length == 0 ? RegionLabel.None : new RegionLabel(null, legacy, legacy);
        }

        // A municipality's city-level entry bears its own name (上海市 · 上海市): said once.
        var shown = path.Where((r, i) => i == 0 || r.NameZh != path[i - 1].NameZh).ToList();
        return new RegionLabel(
            code!.Value,
            string.Join(Separator, shown.Select(r => r.NameZh)),
            string.Join(Separator, shown.Select(r => r.NameEn))
        );
    }

    /// <summary><see cref="LabelOf"/> on the shipped list, for query projections (a static method EF may call).</summary>
    public static RegionLabel Label(RegionCode? code, string legacy) => Shipped.LabelOf(code, legacy);

    private Region? Get(string? code) => code is not null && byCode.TryGetValue(code, out var region) ? region : null;
}
