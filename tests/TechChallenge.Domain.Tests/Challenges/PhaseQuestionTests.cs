using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;

namespace TechChallenge.Domain.Tests.Challenges;

/// <summary>What each phase allows, as <see cref="ChallengeLifecycle"/> answers it for every status.</summary>
public class PhaseQuestionTests
{
    public static TheoryData<ChallengeStatus> AllStatuses() => [.. Enum.GetValues<ChallengeStatus>()];

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Content_and_files_are_editable_as_a_draft_and_while_published_and_taking_submissions(ChallengeStatus status)
    {
        var expected =
            status
            is ChallengeStatus.Draft
                or ChallengeStatus.ReturnedForChanges
                or ChallengeStatus.Published
                or ChallengeStatus.SubmissionsOpen;

        Assert.Equal(expected, ChallengeLifecycle.IsEditable(status));
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Only_a_published_challenge_still_taking_submissions_is_amended(ChallengeStatus status) =>
        Assert.Equal(status is ChallengeStatus.Published or ChallengeStatus.SubmissionsOpen, ChallengeLifecycle.IsAmendable(status));

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void The_whole_challenge_is_extended_only_while_it_is_amendable(ChallengeStatus status) =>
        Assert.Equal(status is ChallengeStatus.Published or ChallengeStatus.SubmissionsOpen, ChallengeLifecycle.AcceptsExtensions(status));

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Round_one_is_assigned_from_the_close_of_submissions_and_later_rounds_only_while_judging(ChallengeStatus status)
    {
        var roundOne = status is ChallengeStatus.SubmissionsClosed or ChallengeStatus.Judging;
        var later = status is ChallengeStatus.Judging;

        Assert.Equal(roundOne ? null : RuleCodes.AssignmentNotOpen, ChallengeLifecycle.CheckAssignmentOpen(status, 1)?.Code);
        Assert.Equal(later ? null : RuleCodes.AssignmentNotOpen, ChallengeLifecycle.CheckAssignmentOpen(status, 2)?.Code);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Results_are_edited_from_the_close_of_submissions_until_published(ChallengeStatus status)
    {
        var editable = status is ChallengeStatus.SubmissionsClosed or ChallengeStatus.Judging;

        Assert.Equal(editable ? null : RuleCodes.ResultsAlreadyPublished, ChallengeLifecycle.CheckResultsEditable(status)?.Code);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Results_are_out_once_published_and_stay_out_when_archived(ChallengeStatus status) =>
        Assert.Equal(
            status is ChallengeStatus.ResultsPublished or ChallengeStatus.Archived,
            ChallengeLifecycle.AreResultsPublished(status)
        );

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void A_panel_is_closed_once_results_are_out_and_after_a_cancellation(ChallengeStatus status) =>
        Assert.Equal(
            status is ChallengeStatus.ResultsPublished or ChallengeStatus.Archived or ChallengeStatus.Cancelled,
            ChallengeLifecycle.IsPanelClosed(status)
        );

    [Fact]
    public void Appeals_are_open_between_the_close_of_judging_and_the_appeal_deadline_when_scores_are_released()
    {
        var judgingCloses = Deadline.AddDays(14);
        var appealsClose = judgingCloses.AddDays(5);
        var challenge = InStatus(ChallengeStatus.Judging);
        challenge.Round(1)!.AppealsClosesUtc = appealsClose;
        challenge.ScoresReleased = true;

        Assert.Equal(RuleCodes.AppealsNotOpen, ChallengeLifecycle.CheckAppealsOpen(challenge, 1, judgingCloses.AddTicks(-1))?.Code);
        Assert.Null(ChallengeLifecycle.CheckAppealsOpen(challenge, 1, judgingCloses));
        Assert.Null(ChallengeLifecycle.CheckAppealsOpen(challenge, 1, appealsClose.AddTicks(-1)));
        Assert.Equal(RuleCodes.AppealWindowClosed, ChallengeLifecycle.CheckAppealsOpen(challenge, 1, appealsClose)?.Code);
    }

    [Fact]
    public void Appeals_are_not_open_without_released_scores_an_appeal_deadline_the_round_or_after_a_cancellation()
    {
        var duringAppeals = Deadline.AddDays(15);
        var challenge = InStatus(ChallengeStatus.Judging);
        challenge.Round(1)!.AppealsClosesUtc = Deadline.AddDays(20);

        Assert.Equal(RuleCodes.AppealsNotOpen, ChallengeLifecycle.CheckAppealsOpen(challenge, 1, duringAppeals)?.Code);
        challenge.ScoresReleased = true;
        Assert.Equal(RuleCodes.AppealsNotOpen, ChallengeLifecycle.CheckAppealsOpen(challenge, 2, duringAppeals)?.Code);
        Assert.Null(ChallengeLifecycle.CheckAppealsOpen(challenge, 1, duringAppeals));

        challenge.Round(1)!.AppealsClosesUtc = null;
        Assert.Equal(RuleCodes.AppealsNotOpen, ChallengeLifecycle.CheckAppealsOpen(challenge, 1, duringAppeals)?.Code);

        var cancelled = InStatus(ChallengeStatus.Cancelled);
        cancelled.Round(1)!.AppealsClosesUtc = Deadline.AddDays(20);
        cancelled.ScoresReleased = true;
        Assert.Equal(RuleCodes.AppealsNotOpen, ChallengeLifecycle.CheckAppealsOpen(cancelled, 1, duringAppeals)?.Code);
    }
}
