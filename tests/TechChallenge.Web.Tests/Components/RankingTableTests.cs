using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components;

public class RankingTableTests
{
    private static RankingRow Row(
        int? rank,
        string title,
        decimal? raw,
        double? z,
        IReadOnlyList<string>? missing = null,
        bool disagreement = false,
        TieBreakNote? tie = null,
        bool shared = false
    ) =>
        new(
            rank,
            Guid.NewGuid(),
            title,
            $"Team of {title}",
            raw,
            z,
            raw is null ? 0 : 2,
            missing ?? [],
            raw is null ? null : 3.5m,
            disagreement,
            tie,
            shared
        );

    private static RankingView View(RankingBasis basis, params RankingRow[] rows) =>
        new(Guid.NewGuid(), "Graphene powder", ChallengeStatus.Judging, 3, basis, 15m, rows);

    [Fact]
    public async Task Each_row_names_its_tie_break_disagreement_shared_rank_and_missing_judges()
    {
        await using var renderer = new ComponentRenderer("en-US");
        var view = View(
            RankingBasis.Normalized,
            Row(1, "Silver paste", 68m, 0.5, tie: new TieBreakNote("Feasibility", "Copper paste")),
            Row(2, "Copper paste", 68m, 0.5, missing: ["Judge Wang"], disagreement: true),
            Row(3, "Hybrid A", 50m, -0.25, shared: true),
            Row(3, "Hybrid B", 50m, -0.25, shared: true),
            Row(null, "Unscored", null, null, missing: ["Judge Li", "Judge Wang"])
        );

        var html = await renderer.RenderAsync<RankingTable>(new Dictionary<string, object?> { ["Ranking"] = view });

        var rows = html.QuerySelectorAll("[data-testid=ranking-row]");
        Assert.Equal(5, rows.Length);
        Assert.Contains("Placed above “Copper paste” by a higher score on Feasibility", rows[0].TextContent);
        Assert.Equal("+0.500", rows[0].QuerySelector("[data-testid=ranking-normalized]")!.TextContent);
        Assert.NotNull(rows[1].QuerySelector("[data-testid=ranking-disagreement]"));
        Assert.Equal("Missing scores: Judge Wang", rows[1].QuerySelector("[data-testid=ranking-missing]")!.TextContent.Trim());
        Assert.StartsWith("3=", rows[2].TextContent.Trim());
        Assert.Contains("Shared rank", rows[3].TextContent);
        Assert.Equal("not scored yet", rows[4].QuerySelector("[data-testid=ranking-score]")!.TextContent);
        Assert.StartsWith("—", rows[4].TextContent.Trim());
        Assert.Contains("Judge Li, Judge Wang", rows[4].TextContent);
    }

    [Fact]
    public async Task In_Chinese_the_notes_are_Chinese_and_a_long_ranking_is_paged()
    {
        await using var renderer = new ComponentRenderer("zh-CN");
        var rows = Enumerable.Range(1, 120).Select(i => Row(i, $"方案 {i}", 100m - i * 0.5m, 1.0 - i * 0.01)).ToArray();
        rows[0] = rows[0] with { TieBreak = new TieBreakNote("可行性", "方案 2") };

        var html = await renderer.RenderAsync<RankingTable>(
            new Dictionary<string, object?> { ["Ranking"] = View(RankingBasis.Raw, rows), ["PageSize"] = 50 }
        );

        Assert.Equal(50, html.QuerySelectorAll("[data-testid=ranking-row]").Length);
        Assert.NotNull(html.QuerySelector("[data-testid=ranking-pager]"));
        Assert.Contains("因“可行性”得分更高而排在“方案 2”之前", html.QuerySelector("[data-testid=ranking-tiebreak]")!.TextContent);
        Assert.Contains("原始分", html.QuerySelector("thead")!.TextContent);
    }
}
