using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Regions;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Regions;
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
        RegionDirectory.Shipped.LabelOf(RegionCode.Parse("320400")), // Jiangsu · Changzhou
        ChallengeType.ReductionToPractice,
        500_000m,
        "CNY",
        "research contract",
        ChallengeStatus.SubmissionsOpen,
        new DateTime(2026, 12, 21, 9, 0, 0, DateTimeKind.Utc),
        new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc),
        false,
        null,
        3
    );

    private static readonly DateTime Now = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    private static readonly IReadOnlyList<RoundPlan> Rounds =
    [
        new(
            "Preliminary review",
            Now.AddDays(-10),
            new DateTime(2026, 12, 21, 9, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 12, 21, 9, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 1, 4, 9, 0, 0, DateTimeKind.Utc)
        ),
        new(
            "Final roadshow",
            new DateTime(2027, 1, 5, 1, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 1, 19, 9, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 1, 20, 1, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 1, 21, 9, 0, 0, DateTimeKind.Utc)
        ),
    ];

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
        Assert.Contains("Reduction to practice", card.TextContent);
        Assert.Equal("CNY 500,000 · research contract", html.QuerySelector("[data-testid=challenge-card-award]")!.TextContent.Trim());
        Assert.Null(html.QuerySelector("[data-testid=confidential-badge]"));
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

    [Fact]
    public async Task A_confidential_card_says_so_and_names_no_enterprise_and_an_award_without_amount_reads_as_agreed()
    {
        await using var renderer = new ComponentRenderer("en-US");
        var secret = Graphene with { IsConfidential = true, EnterpriseName = null, AwardAmount = null, AwardDescription = "" };

        var html = await renderer.RenderAsync<ChallengeCard>(new Dictionary<string, object?> { ["Challenge"] = secret });

        Assert.Equal("Confidential", html.QuerySelector("[data-testid=confidential-badge]")!.TextContent.Trim());
        var text = html.QuerySelector("[data-testid=challenge-card]")!.TextContent;
        Assert.Contains("Confidential enterprise", text);
        Assert.DoesNotContain("Jiangnan", text);
        Assert.Equal("To be agreed", html.QuerySelector("[data-testid=challenge-card-award]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_countdown_names_the_next_milestone_and_the_time_left()
    {
        await using var renderer = new ComponentRenderer("en-US", nowUtc: Now);

        var html = await renderer.RenderAsync<Countdown>(new Dictionary<string, object?> { ["Rounds"] = Rounds });

        var countdown = html.QuerySelector("[data-testid=countdown]")!;
        // From 2026-11-21 08:00 UTC to 2026-12-21 09:00 UTC: 30 days and one hour.
        Assert.Equal("30 d 01:00:00 left", countdown.QuerySelector("[data-testid=countdown-left]")!.TextContent.Trim());
        Assert.Contains("Round 1: submissions close in", countdown.TextContent);
        Assert.Contains("2026-12-21 17:00 (China Standard Time, UTC+08:00)", countdown.TextContent);
    }

    [Fact]
    public async Task The_countdown_moves_on_to_the_next_round_and_disappears_when_all_is_over()
    {
        await using var later = new ComponentRenderer("zh-CN", nowUtc: new DateTime(2027, 1, 4, 9, 0, 0, DateTimeKind.Utc));
        var next = await later.RenderAsync<Countdown>(new Dictionary<string, object?> { ["Rounds"] = Rounds });
        Assert.Contains("第 2 轮：距开始提交", next.QuerySelector("[data-testid=countdown]")!.TextContent);

        await using var over = new ComponentRenderer("en-US", nowUtc: new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Null(
            (await over.RenderAsync<Countdown>(new Dictionary<string, object?> { ["Rounds"] = Rounds })).QuerySelector(
                "[data-testid=countdown]"
            )
        );
    }

    [Fact]
    public async Task The_timeline_shows_each_round_in_the_viewers_zone_and_names_it()
    {
        await using var renderer = new ComponentRenderer("en-US", timeZone: "Europe/Berlin");

        var html = await renderer.RenderAsync<ChallengeTimelineView>(new Dictionary<string, object?> { ["Rounds"] = Rounds });

        Assert.Contains("Europe/Berlin, UTC+01:00", html.QuerySelector("[data-testid=challenge-timeline] caption")!.TextContent);
        var closes = html.QuerySelectorAll("[data-testid=round-submission-close]").Select(e => e.TextContent.Trim()).ToArray();
        Assert.Equal(["2026-12-21 10:00", "2027-01-19 10:00"], closes);
        Assert.Contains("2. Final roadshow", html.QuerySelectorAll("[data-testid=timeline-round]")[1].TextContent);
    }

    [Fact]
    public async Task The_change_log_tells_how_the_deadline_moved_and_why()
    {
        await using var renderer = new ComponentRenderer("en-US");
        IReadOnlyList<RevisionView> revisions =
        [
            new(
                2,
                Now,
                [ChallengeParts.Timeline],
                true,
                "Extended for the Spring Festival",
                new DateTime(2026, 12, 21, 9, 0, 0, DateTimeKind.Utc),
                new DateTime(2026, 12, 28, 9, 0, 0, DateTimeKind.Utc)
            ),
        ];

        var html = await renderer.RenderAsync<ChangeLog>(new Dictionary<string, object?> { ["Revisions"] = revisions });

        var entry = html.QuerySelector("[data-testid=change-log-entry]")!.TextContent;
        Assert.Contains("Version 2", entry);
        Assert.Contains("Material change", entry);
        Assert.Contains("Changed: timeline", entry);
        Assert.Contains("Extended for the Spring Festival", entry);
        Assert.Equal(
            "Submission deadline moved from 2026-12-21 17:00 (China Standard Time, UTC+08:00) to 2026-12-28 17:00 (China Standard Time, "
                + "UTC+08:00).",
            html.QuerySelector("[data-testid=change-log-deadline]")!.TextContent.Trim()
        );
    }

    [Theory]
    [InlineData(ChallengeStatus.SubmittedForReview, "Submitted for review")]
    [InlineData(ChallengeStatus.ReturnedForChanges, "Returned for changes")]
    [InlineData(ChallengeStatus.Approved, "Approved")]
    [InlineData(ChallengeStatus.Published, "Published")]
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
    public async Task The_criteria_table_lists_names_weights_scales_and_score_anchors()
    {
        await using var renderer = new ComponentRenderer("en-US");
        IReadOnlyList<CriterionView> criteria =
        [
            new(Guid.NewGuid(), "Technical feasibility", "Soundness of the process", 60m, 10, "0–3 paper only\n7–10 pilot line"),
            new(Guid.NewGuid(), "Industrialisation cost", "Cost at 50 kg scale", 40m, 10),
        ];

        var html = await renderer.RenderAsync<CriteriaTable>(new Dictionary<string, object?> { ["Criteria"] = criteria });

        var rows = html.QuerySelectorAll("[data-testid=criteria] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToArray();
        Assert.Equal(
            [
                ["Technical feasibility", "60%", "0–10", "Soundness of the process", "0–3 paper only\n7–10 pilot line"],
                ["Industrialisation cost", "40%", "0–10", "Cost at 50 kg scale", ""],
            ],
            rows
        );
    }

    [Fact]
    public async Task The_criteria_table_names_the_round_of_each_criterion_once_a_later_round_has_its_own()
    {
        await using var renderer = new ComponentRenderer("en-US");
        IReadOnlyList<CriterionView> criteria =
        [
            new(Guid.NewGuid(), "Technical feasibility", "", 100m, 10),
            new(Guid.NewGuid(), "Pilot-line readiness", "", 100m, 10, Round: 2),
        ];

        var html = await renderer.RenderAsync<CriteriaTable>(new Dictionary<string, object?> { ["Criteria"] = criteria });

        Assert.Equal(["1", "2"], html.QuerySelectorAll("[data-testid=criterion-round]").Select(td => td.TextContent.Trim()));
        Assert.Equal(6, html.QuerySelectorAll("[data-testid=criteria] thead th").Length);
    }
}
