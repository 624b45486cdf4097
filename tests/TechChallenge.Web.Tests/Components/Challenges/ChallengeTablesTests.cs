using Bunit;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>The challenge page's tables and logs: timeline, criteria, change log, process log.</summary>
public sealed class ChallengeTablesTests : AppComponentTest
{
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
    public void The_timeline_shows_each_round_in_the_viewers_zone_and_names_it()
    {
        SignIn("viewer", "Viewer", "Europe/Berlin");

        var timeline = RenderInApp<ChallengeTimelineView>(p => p.Add(x => x.Rounds, Rounds));

        Assert.Contains("Europe/Berlin, UTC+01:00", timeline.Find("[data-testid=challenge-timeline] caption").TextContent);
        var closes = timeline.FindAll("[data-testid=round-submission-close]").Select(e => e.TextContent.Trim()).ToArray();
        Assert.Equal(["2026-12-21 10:00", "2027-01-19 10:00"], closes);
        Assert.Contains("2. Final roadshow", timeline.FindAll("[data-testid=timeline-round]")[1].TextContent);
        // On a phone the table scrolls in its own box, which the keyboard can reach and a screen reader names.
        var region = timeline.Find(".tc-scroll-region");
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("Timeline", region.GetAttribute("title"));
    }

    [Fact]
    public void The_change_log_tells_how_the_deadline_moved_and_why()
    {
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

        var log = RenderInApp<ChangeLog>(p => p.Add(x => x.Revisions, revisions));

        var entry = log.Find("[data-testid=change-log-entry]").TextContent;
        Assert.Contains("Version 2", entry);
        Assert.Contains("Material change", entry);
        Assert.Contains("Changed: timeline", entry);
        Assert.Contains("Extended for the Spring Festival", entry);
        Assert.Equal(
            "Submission deadline moved from 2026-12-21 17:00 (China Standard Time, UTC+08:00) to 2026-12-28 17:00 (China Standard Time, "
                + "UTC+08:00).",
            log.Find("[data-testid=change-log-deadline]").TextContent.Trim()
        );
    }

    [Fact]
    public void An_unchanged_challenge_says_so()
    {
        Assert.Contains("No changes", RenderInApp<ChangeLog>(p => p.Add(x => x.Revisions, [])).Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_criteria_table_lists_names_weights_scales_and_score_anchors()
    {
        IReadOnlyList<CriterionView> criteria =
        [
            new(Guid.NewGuid(), "Technical feasibility", "Soundness of the process", 60m, 10, "0–3 paper only\n7–10 pilot line"),
            new(Guid.NewGuid(), "Industrialisation cost", "Cost at 50 kg scale", 40m, 10),
        ];

        var table = RenderInApp<CriteriaTable>(p => p.Add(x => x.Criteria, criteria));

        var rows = table
            .FindAll("[data-testid=criteria] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToArray();
        Assert.Equal(
            [
                ["Technical feasibility", "60%", "0–10", "Soundness of the process", "0–3 paper only\n7–10 pilot line"],
                ["Industrialisation cost", "40%", "0–10", "Cost at 50 kg scale", ""],
            ],
            rows
        );
        Assert.All(table.FindAll("[data-testid=criteria] thead th"), th => Assert.NotEmpty(th.TextContent.Trim()));
    }

    [Fact]
    public void The_criteria_table_names_the_round_of_each_criterion_once_a_later_round_has_its_own()
    {
        IReadOnlyList<CriterionView> criteria =
        [
            new(Guid.NewGuid(), "Technical feasibility", "", 100m, 10),
            new(Guid.NewGuid(), "Pilot-line readiness", "", 100m, 10, Round: 2),
        ];

        var table = RenderInApp<CriteriaTable>(p => p.Add(x => x.Criteria, criteria));

        Assert.Equal(["1", "2"], table.FindAll("[data-testid=criterion-round]").Select(td => td.TextContent.Trim()));
        Assert.Equal(6, table.FindAll("[data-testid=criteria] thead th").Count);
    }

    [Fact]
    public void The_process_log_names_each_step_in_the_viewers_language_and_zone()
    {
        IReadOnlyList<TransitionView> history =
        [
            new(ChallengeStatus.Approved, ChallengeStatus.Published, ChallengeTrigger.Publish, Now, "ok"),
        ];

        var log = RenderInApp<ChallengeHistory>(p => p.Add(x => x.History, history));

        Assert.Equal(
            ["2026-11-21 16:00 (China Standard Time, UTC+08:00)", "Approved", "Published", "ok"],
            log.FindAll("[data-testid=challenge-history] tbody td").Select(td => td.TextContent.Trim())
        );
        // Named apart from the timeline, which has a table (and a heading) of its own.
        Assert.Equal("Process log", log.Find(".tc-scroll-region").GetAttribute("title"));
    }

    [Fact]
    public void A_step_of_the_clock_is_named_in_the_viewers_language_not_by_its_code()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new("zh-CN");
        IReadOnlyList<TransitionView> history =
        [
            new(
                ChallengeStatus.Published,
                ChallengeStatus.SubmissionsOpen,
                ChallengeTrigger.OpenSubmissions,
                Now,
                "SubmissionsOpen of round 1"
            ),
        ];

        var log = RenderInApp<ChallengeHistory>(p => p.Add(x => x.History, history));

        Assert.Equal("第 1 轮：开始提交", log.FindAll("[data-testid=challenge-history] tbody td")[3].TextContent.Trim());
    }
}
