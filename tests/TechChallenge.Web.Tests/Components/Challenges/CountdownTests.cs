using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>
/// The countdown as the server renders it, once: the sentence for the stage, the time left in words the browser script
/// keeps current, the deadline for that script, and nothing once there is nothing to wait for.
/// </summary>
public sealed class CountdownTests : AppComponentTest
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

    private IRenderedComponent<Countdown> RenderAt(DateTime nowUtc, ChallengeStatus status, string culture = "en-US")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        Services.AddSingleton<TimeProvider>(new StoppedClock(nowUtc));
        return RenderInApp<Countdown>(p => p.Add(x => x.Status, status).Add(x => x.Rounds, Rounds));
    }

    [Fact]
    public void While_submissions_are_open_it_says_when_they_close_and_how_long_is_left()
    {
        var countdown = RenderAt(Now, ChallengeStatus.SubmissionsOpen);

        // From 2026-11-21 08:00 UTC to 2026-12-21 09:00 UTC: 30 days and one hour.
        Assert.Equal("Round 1: submissions close in 30 days 01:00:00", countdown.Find("[data-testid=countdown-text]").TextContent);
        var left = countdown.Find("time[data-testid=countdown-left]");
        Assert.Equal("30 days 01:00:00", left.TextContent);
        Assert.Equal("2026-12-21T09:00:00Z", left.GetAttribute("datetime"));
        Assert.Equal("(2026-12-21 17:00 (China Standard Time, UTC+08:00))", countdown.Find("[data-testid=countdown-at]").TextContent);
        Assert.DoesNotContain("left", countdown.Find("[data-testid=countdown]").TextContent);
    }

    [Fact]
    public void The_browser_script_gets_the_words_for_days_in_the_pages_language()
    {
        var english = RenderAt(Now, ChallengeStatus.SubmissionsOpen).Find("time[data-tc-countdown]");
        Assert.Equal("{0} day {1}", english.GetAttribute("data-day-one"));
        Assert.Equal("{0} days {1}", english.GetAttribute("data-day-other"));
    }

    [Fact]
    public void In_Chinese_the_same_countdown_reads_naturally_and_the_script_gets_Chinese_words()
    {
        var countdown = RenderAt(Now, ChallengeStatus.SubmissionsOpen, "zh-CN");

        Assert.Equal("第 1 轮：距提交截止还有 30 天 01:00:00", countdown.Find("[data-testid=countdown-text]").TextContent);
        Assert.Equal("{0} 天 {1}", countdown.Find("time[data-tc-countdown]").GetAttribute("data-day-other"));
        Assert.Contains("北京时间", countdown.Find("[data-testid=countdown-at]").TextContent);
        Assert.DoesNotMatch("[A-Za-z]{2,}", countdown.Find("[data-testid=countdown-text]").TextContent);
    }

    [Fact]
    public void Before_submissions_open_it_says_they_open_in_so_long_without_a_left()
    {
        var countdown = RenderAt(Now.AddDays(-12), ChallengeStatus.Published);

        Assert.Equal("Round 1: submissions open in 2 days 00:00:00", countdown.Find("[data-testid=countdown-text]").TextContent);
    }

    [Fact]
    public void One_day_is_a_day()
    {
        var deadline = new DateTime(2026, 12, 21, 9, 0, 0, DateTimeKind.Utc);

        Assert.Equal(
            "1 day 00:10:00",
            RenderAt(deadline.AddDays(-1).AddMinutes(-10), ChallengeStatus.SubmissionsOpen).Find("[data-testid=countdown-left]").TextContent
        );
    }

    [Fact]
    public void Under_a_day_only_the_clock_is_shown()
    {
        var deadline = new DateTime(2026, 12, 21, 9, 0, 0, DateTimeKind.Utc);

        Assert.Equal(
            "05:02:01",
            RenderAt(deadline.AddHours(-5).AddMinutes(-2).AddSeconds(-1), ChallengeStatus.SubmissionsOpen)
                .Find("[data-testid=countdown-left]")
                .TextContent
        );
    }

    [Fact]
    public void During_judging_it_moves_on_to_the_next_round()
    {
        var countdown = RenderAt(new DateTime(2027, 1, 4, 9, 0, 0, DateTimeKind.Utc), ChallengeStatus.Judging, "zh-CN");

        Assert.StartsWith("第 2 轮：距开始提交还有", countdown.Find("[data-testid=countdown-text]").TextContent);
    }

    [Theory]
    [InlineData(ChallengeStatus.ResultsPublished)]
    [InlineData(ChallengeStatus.Archived)]
    [InlineData(ChallengeStatus.Cancelled)]
    public void Once_results_are_out_or_the_challenge_is_cancelled_nothing_counts_down(ChallengeStatus status)
    {
        // Round 2's judging close is still ahead, but nobody waits for it any more.
        var countdown = RenderAt(new DateTime(2027, 1, 20, 9, 0, 0, DateTimeKind.Utc), status);

        Assert.Empty(countdown.FindAll("[data-testid=countdown]"));
    }

    [Fact]
    public void When_every_date_has_passed_nothing_counts_down()
    {
        Assert.Empty(
            RenderAt(new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc), ChallengeStatus.Judging).FindAll("[data-testid=countdown]")
        );
    }

    [Fact]
    public async Task It_does_not_tick_on_the_server()
    {
        var countdown = RenderAt(Now, ChallengeStatus.SubmissionsOpen);
        var renders = countdown.RenderCount;

        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.Equal(renders, countdown.RenderCount);
        Assert.DoesNotContain(typeof(IDisposable), typeof(Countdown).GetInterfaces());
    }
}
