using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class AppealTests
{
    private static readonly DateTime Published = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Appeals_are_open_only_on_released_scores_after_publication_and_until_the_window_ends()
    {
        Assert.Null(Appeal.CheckWindow(scoresReleased: true, appealDays: 7, Published, Published.AddDays(7).AddTicks(-1)));
        Assert.Equal(RuleCodes.AppealWindowClosed, Appeal.CheckWindow(true, 7, Published, Published.AddDays(7))?.Code);
        Assert.Equal(Published.AddDays(7), Appeal.CheckWindow(true, 7, Published, Published.AddDays(8))?.Arguments[0]);
        Assert.Equal(RuleCodes.AppealsNotOpen, Appeal.CheckWindow(scoresReleased: false, 7, Published, Published.AddHours(1))?.Code);
        Assert.Equal(RuleCodes.AppealsNotOpen, Appeal.CheckWindow(true, appealDays: 0, Published, Published.AddHours(1))?.Code);
        Assert.Equal(RuleCodes.AppealsNotOpen, Appeal.CheckWindow(true, 7, resultsPublishedUtc: null, Published)?.Code);
    }

    [Fact]
    public void An_appeal_needs_reasons_is_one_at_a_time_and_is_answered_once_with_a_response()
    {
        Assert.Equal(RuleCodes.AppealTextInvalid, Appeal.File(Guid.NewGuid(), Guid.NewGuid(), "u", null, " ", false, Published).Violation?.Code);
        Assert.Equal(RuleCodes.AppealTextInvalid, Appeal.File(Guid.NewGuid(), Guid.NewGuid(), "u", null, new string('x', Appeal.MaxTextLength + 1), false, Published).Violation?.Code);
        Assert.Equal(RuleCodes.AppealAlreadyOpen, Appeal.File(Guid.NewGuid(), Guid.NewGuid(), "u", null, "Again", anotherOpen: true, Published).Violation?.Code);

        var appeal = Appeal.File(Guid.NewGuid(), Guid.NewGuid(), "u", null, "  Appendix B was missed.  ", false, Published).Value;
        Assert.Equal(("Appendix B was missed.", AppealStatus.Open), (appeal.Reason, appeal.Status));
        Assert.Equal(RuleCodes.AppealTextInvalid, appeal.Answer(true, "", "m", Published).Violation?.Code);
        Assert.Equal(AppealStatus.Open, appeal.Status);
        Assert.True(appeal.Answer(false, "The appendix was read; the score stands.", "m", Published.AddDays(1)).Succeeded);
        Assert.Equal((AppealStatus.Rejected, "m", Published.AddDays(1)), (appeal.Status, appeal.AnsweredByUserId, appeal.AnsweredAtUtc!.Value));
        Assert.Equal(RuleCodes.AppealAlreadyAnswered, appeal.Answer(true, "Changed our mind", "m", Published.AddDays(2)).Violation?.Code);
    }
}
