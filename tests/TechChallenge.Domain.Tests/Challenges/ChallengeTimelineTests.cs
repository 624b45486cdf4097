using TechChallenge.Domain.Challenges;

namespace TechChallenge.Domain.Tests.Challenges;

/// <summary>What the public countdown waits for in each stage of a challenge.</summary>
public class ChallengeTimelineTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    private static readonly IReadOnlyList<RoundPlan> OneRound =
    [
        new("Preliminary review", Now.AddDays(10), Now.AddDays(40), Now.AddDays(41), Now.AddDays(55), ResultsPublishUtc: Now.AddDays(60)),
    ];

    [Fact]
    public void A_published_challenge_waits_for_its_submissions_to_open()
    {
        Assert.Equal(
            new Milestone(1, MilestoneKind.SubmissionsOpen, Now.AddDays(10)),
            ChallengeTimeline.Next(ChallengeStatus.Published, OneRound, Now)
        );
    }

    [Fact]
    public void A_challenge_opened_before_its_planned_date_counts_down_to_the_close_not_to_the_planned_opening()
    {
        Assert.Equal(MilestoneKind.SubmissionsClose, ChallengeTimeline.Next(ChallengeStatus.SubmissionsOpen, OneRound, Now)?.Kind);
    }

    [Fact]
    public void Once_submissions_closed_it_waits_for_judging_and_once_judging_started_for_its_close()
    {
        Assert.Equal(MilestoneKind.JudgingOpens, ChallengeTimeline.Next(ChallengeStatus.SubmissionsClosed, OneRound, Now)?.Kind);
        Assert.Equal(MilestoneKind.JudgingCloses, ChallengeTimeline.Next(ChallengeStatus.Judging, OneRound, Now)?.Kind);
    }

    [Theory]
    [InlineData(ChallengeStatus.ResultsPublished)]
    [InlineData(ChallengeStatus.Archived)]
    [InlineData(ChallengeStatus.Cancelled)]
    [InlineData(ChallengeStatus.Approved)]
    public void After_the_results_or_outside_the_public_stages_there_is_nothing_to_count_down_to(ChallengeStatus status)
    {
        // Results published early: the planned judging close and results date are still ahead, but no longer awaited.
        Assert.NotNull(ChallengeTimeline.Next(OneRound, Now.AddDays(45)));
        Assert.Null(ChallengeTimeline.Next(status, OneRound, Now.AddDays(45)));
    }

    [Fact]
    public void Only_published_and_open_challenges_take_new_entrants()
    {
        Assert.Equal(
            [ChallengeStatus.Published, ChallengeStatus.SubmissionsOpen],
            Enum.GetValues<ChallengeStatus>().Where(ChallengeLifecycle.IsOpenToEntrants)
        );
    }
}
