using AngleSharp.Dom;
using Bunit;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>The ranking as organisers read it: notes per row, sorting by any figure, ties, paging, teams with their organisation.</summary>
public sealed class RankingTableTests() : AppComponentTest("en-US")
{
    private static RankingRow Row(
        int? rank,
        string title,
        decimal? raw,
        double? z,
        IReadOnlyList<string>? missing = null,
        bool disagreement = false,
        TieBreakNote? tie = null,
        bool shared = false,
        TeamOrganization? organization = null
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
            shared,
            organization
        );

    private static RankingView View(RankingBasis basis, params RankingRow[] rows) =>
        new(Guid.NewGuid(), "Graphene powder", ChallengeStatus.Judging, 3, basis, 15m, rows);

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<RankingTable> table) =>
        table.FindAll("[data-testid=ranking] tbody tr.mud-table-row");

    private static IReadOnlyList<string> Titles(IRenderedComponent<RankingTable> table) =>
        Rows(table).Select(r => r.QuerySelector("[data-testid=ranking-proposal]")!.TextContent.Trim()).ToList();

    private static void SortBy(IRenderedComponent<RankingTable> table, string header) =>
        table
            .FindAll("[data-testid=ranking] thead th")
            .Single(th => th.TextContent.Contains(header, StringComparison.Ordinal))
            .QuerySelector(".sortable-column-header")!
            .Click();

    [Fact]
    public void Each_row_names_its_tie_break_disagreement_shared_rank_and_missing_judges()
    {
        var view = View(
            RankingBasis.Normalized,
            Row(1, "Silver paste", 68m, 0.5, tie: new TieBreakNote("Feasibility", "Copper paste")),
            Row(2, "Copper paste", 68m, 0.5, missing: ["Judge Wang"], disagreement: true),
            Row(3, "Hybrid A", 50m, -0.25, shared: true),
            Row(3, "Hybrid B", 50m, -0.25, shared: true),
            Row(null, "Unscored", null, null, missing: ["Judge Li", "Judge Wang"])
        );

        var table = RenderInApp<RankingTable>(p => p.Add(x => x.Ranking, view));

        var rows = Rows(table);
        Assert.Equal(5, rows.Count);
        Assert.Contains("Placed above “Copper paste” by a higher score on Feasibility", rows[0].TextContent);
        Assert.Equal("+0.500", rows[0].QuerySelector("[data-testid=ranking-normalized]")!.TextContent.Trim());
        Assert.NotNull(rows[1].QuerySelector("[data-testid=ranking-disagreement]"));
        Assert.Equal("Missing scores: Judge Wang", rows[1].QuerySelector("[data-testid=ranking-missing]")!.TextContent.Trim());
        Assert.Equal("3=", rows[2].QuerySelector("[data-testid=ranking-rank]")!.TextContent.Trim());
        Assert.Contains("Shared rank", rows[3].TextContent);
        Assert.Equal("not scored yet", rows[4].QuerySelector("[data-testid=ranking-score]")!.TextContent.Trim());
        Assert.Equal("—", rows[4].QuerySelector("[data-testid=ranking-rank]")!.TextContent.Trim());
        Assert.Contains("Judge Li, Judge Wang", rows[4].TextContent);
        // On a phone each row is a card: every cell says which column it is.
        Assert.All(rows[0].QuerySelectorAll("td"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
    }

    [Fact]
    public void Sorting_by_a_figure_reorders_the_entries_and_tied_entries_stay_together_with_unscored_ones_last()
    {
        var view = View(
            RankingBasis.Raw,
            Row(1, "Silver paste", 80m, 1.2),
            Row(2, "Hybrid A", 50m, -0.25, shared: true),
            Row(2, "Hybrid B", 50m, -0.25, shared: true),
            Row(4, "Copper paste", 40m, -0.7),
            Row(null, "Unscored", null, null)
        );
        var table = RenderInApp<RankingTable>(p => p.Add(x => x.Ranking, view));

        SortBy(table, "Raw (0–100)");
        Assert.Equal(["Unscored", "Copper paste", "Hybrid A", "Hybrid B", "Silver paste"], Titles(table));

        SortBy(table, "Raw (0–100)");
        Assert.Equal(["Silver paste", "Hybrid A", "Hybrid B", "Copper paste", "Unscored"], Titles(table));

        SortBy(table, "Rank");
        Assert.Equal(["Silver paste", "Hybrid A", "Hybrid B", "Copper paste", "Unscored"], Titles(table));
        Assert.Equal(
            ["1", "2=", "2=", "4", "—"],
            Rows(table).Select(r => r.QuerySelector("[data-testid=ranking-rank]")!.TextContent.Trim())
        );

        SortBy(table, "Proposal");
        Assert.Equal(["Copper paste", "Hybrid A", "Hybrid B", "Silver paste", "Unscored"], Titles(table));
    }

    [Fact]
    public void A_team_is_shown_with_its_organisation_and_a_team_without_one_by_its_name_alone()
    {
        var view = View(
            RankingBasis.Raw,
            Row(1, "Silver paste", 80m, 1.0, organization: new TeamOrganization("Jiangnan University", "江南大学")),
            Row(2, "Copper paste", 40m, -1.0)
        );

        var table = RenderInApp<RankingTable>(p => p.Add(x => x.Ranking, view));

        var rows = Rows(table);
        Assert.Equal("Team of Silver paste", rows[0].QuerySelector("[data-testid=team-name]")!.TextContent.Trim());
        Assert.Equal("Jiangnan University", rows[0].QuerySelector("[data-testid=team-organization]")!.TextContent.Trim());
        Assert.Equal("Team of Copper paste", rows[1].QuerySelector("[data-testid=team-name]")!.TextContent.Trim());
        Assert.Null(rows[1].QuerySelector("[data-testid=team-organization]"));
    }

    [Fact]
    public void The_printable_report_lists_every_entry_without_links()
    {
        var rows = Enumerable.Range(1, 60).Select(i => Row(i, $"Entry {i}", 100m - i, 1.0 - i * 0.01)).ToArray();

        var table = RenderInApp<RankingTable>(p => p.Add(x => x.Ranking, View(RankingBasis.Raw, rows)).Add(x => x.Links, false));

        Assert.Equal(60, Rows(table).Count);
        Assert.Empty(table.FindAll("[data-testid=ranking] tbody a"));
        Assert.Empty(table.FindAll("[data-testid=ranking-pager]"));
    }
}

/// <summary>The same table for a Chinese-speaking organiser.</summary>
public sealed class RankingTableChineseTests() : AppComponentTest("zh-CN")
{
    [Fact]
    public void The_notes_and_the_organisation_are_Chinese_and_a_long_ranking_is_paged()
    {
        var rows = Enumerable
            .Range(1, 120)
            .Select(i => new RankingRow(
                i,
                Guid.NewGuid(),
                $"方案 {i}",
                $"团队 {i}",
                100m - i * 0.5m,
                1.0 - i * 0.01,
                2,
                [],
                1m,
                false,
                null,
                false
            ))
            .ToArray();
        rows[0] = rows[0] with
        {
            TieBreak = new TieBreakNote("可行性", "方案 2"),
            Organization = new TeamOrganization("Jiangnan University", "江南大学"),
        };
        rows[1] = rows[1] with { Organization = new TeamOrganization("Graphene Lab", "Graphene Lab") };
        var view = new RankingView(Guid.NewGuid(), "石墨烯粉体", ChallengeStatus.Judging, 3, RankingBasis.Raw, 15m, rows);

        var table = RenderInApp<RankingTable>(p => p.Add(x => x.Ranking, view).Add(x => x.PageSize, 50));

        Assert.Equal(50, table.FindAll("[data-testid=ranking] tbody tr.mud-table-row").Count);
        Assert.NotNull(table.Find("[data-testid=ranking-pager]"));
        Assert.Contains("因“可行性”得分更高而排在“方案 2”之前", table.Find("[data-testid=ranking-tiebreak]").TextContent);
        Assert.Contains("原始分", table.Find("[data-testid=ranking] thead").TextContent);
        var organizations = table.FindAll("[data-testid=team-organization]");
        Assert.Equal("江南大学", organizations[0].TextContent.Trim());
        Assert.Null(organizations[0].GetAttribute("lang"));
        // An organisation known only by its English name is marked as English for screen readers.
        Assert.Equal(("Graphene Lab", "en"), (organizations[1].TextContent.Trim(), organizations[1].GetAttribute("lang")));
    }
}
