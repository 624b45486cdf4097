using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components;

public class ChallengeComponentsTests
{
    private static readonly ChallengeSummary Graphene = new(
        Guid.Parse("0b7c6f0e-52c4-4c55-9d0f-0d8a3c3b9a11"),
        "石墨烯粉体制备工艺优化 Graphene powder preparation process optimisation",
        "A Wujin graphene producer seeks a scalable process.",
        "Nantong Sub-center",
        "南通分中心",
        "Jiangsu Jiangnan Energy Graphene Technology Co., Ltd.",
        "CNY 500,000",
        ChallengeStatus.SubmissionsOpen,
        new DateTime(2026, 12, 21, 9, 0, 0, DateTimeKind.Utc),
        3);

    [Fact]
    public async Task A_card_shows_the_deadline_in_China_Standard_Time_with_the_zone_named()
    {
        await using var renderer = new ComponentRenderer("en-US");

        var html = await renderer.RenderAsync<ChallengeCard>(new Dictionary<string, object?> { ["Challenge"] = Graphene });

        var card = html.QuerySelector("[data-testid=challenge-card]")!;
        Assert.Contains("Submission deadline: 2026-12-21 17:00 (China Standard Time, UTC+08:00)", card.TextContent);
        Assert.Equal($"/challenges/{Graphene.Id}", card.QuerySelector("a.tc-card-title")!.GetAttribute("href"));
        Assert.Contains("Nantong Sub-center", card.TextContent);
        Assert.Contains("3 proposals", card.TextContent);
        Assert.Equal("Open for submissions", html.QuerySelector("[data-testid=challenge-status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_card_in_Chinese_uses_the_Chinese_sub_center_name_and_labels()
    {
        await using var renderer = new ComponentRenderer("zh-CN");

        var html = await renderer.RenderAsync<ChallengeCard>(new Dictionary<string, object?> { ["Challenge"] = Graphene });

        var text = html.QuerySelector("[data-testid=challenge-card]")!.TextContent;
        Assert.Contains("南通分中心", text);
        Assert.Contains("提交截止时间: 2026-12-21 17:00 (北京时间, UTC+08:00)", text);
        Assert.Equal("征集中", html.QuerySelector("[data-testid=challenge-status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_viewer_in_another_zone_sees_their_own_time()
    {
        await using var renderer = new ComponentRenderer("en-US", timeZone: "Europe/Berlin");

        var html = await renderer.RenderAsync<ChallengeCard>(new Dictionary<string, object?> { ["Challenge"] = Graphene });

        // 09:00 UTC in December is 10:00 in Berlin (UTC+01:00, no summer time).
        Assert.Contains("2026-12-21 10:00 (Europe/Berlin, UTC+01:00)", html.QuerySelector("[data-testid=challenge-card]")!.TextContent);
    }

    [Theory]
    [InlineData(ChallengeStatus.Draft, "Draft")]
    [InlineData(ChallengeStatus.SubmissionsClosed, "Submissions closed")]
    [InlineData(ChallengeStatus.Judging, "Judging")]
    [InlineData(ChallengeStatus.Cancelled, "Cancelled")]
    public async Task Every_status_has_a_label(ChallengeStatus status, string expected)
    {
        await using var renderer = new ComponentRenderer("en-US");

        var html = await renderer.RenderAsync<ChallengeStatusBadge>(new Dictionary<string, object?> { ["Status"] = status });

        Assert.Equal(expected, html.QuerySelector("[data-testid=challenge-status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_criteria_table_lists_names_weights_and_scales()
    {
        await using var renderer = new ComponentRenderer("en-US");
        IReadOnlyList<CriterionView> criteria =
        [
            new(Guid.NewGuid(), "Technical feasibility", "Soundness of the process", 60m, 10),
            new(Guid.NewGuid(), "Industrialisation cost", "Cost at 50 kg scale", 40m, 10),
        ];

        var html = await renderer.RenderAsync<CriteriaTable>(new Dictionary<string, object?> { ["Criteria"] = criteria });

        var rows = html.QuerySelectorAll("[data-testid=criteria] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToArray();
        Assert.Equal(
            [
                ["Technical feasibility", "60%", "0–10", "Soundness of the process"],
                ["Industrialisation cost", "40%", "0–10", "Cost at 50 kg scale"],
            ],
            rows);
    }
}
