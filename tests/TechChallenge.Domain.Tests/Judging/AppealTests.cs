using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class AppealTests
{
    private static readonly DateTime Published = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime JudgingCloses = new(2026, 11, 28, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AppealsClose = JudgingCloses.AddDays(3);

    [Fact]
    public void Appeals_are_open_on_released_scores_from_the_close_of_judging_until_the_rounds_appeals_close()
    {
        Assert.Null(Appeal.CheckWindow(scoresReleased: true, JudgingCloses, AppealsClose, JudgingCloses));
        Assert.Null(Appeal.CheckWindow(true, JudgingCloses, AppealsClose, AppealsClose.AddTicks(-1)));
        Assert.Equal(RuleCodes.AppealsNotOpen, Appeal.CheckWindow(true, JudgingCloses, AppealsClose, JudgingCloses.AddTicks(-1))?.Code);
        Assert.Equal(RuleCodes.AppealWindowClosed, Appeal.CheckWindow(true, JudgingCloses, AppealsClose, AppealsClose)?.Code);
        Assert.Equal(AppealsClose, Appeal.CheckWindow(true, JudgingCloses, AppealsClose, AppealsClose.AddDays(1))?.Arguments[0]);
        Assert.Equal(
            RuleCodes.AppealsNotOpen,
            Appeal.CheckWindow(scoresReleased: false, JudgingCloses, AppealsClose, JudgingCloses.AddHours(1))?.Code
        );
        Assert.Equal(
            RuleCodes.AppealsNotOpen,
            Appeal.CheckWindow(true, JudgingCloses, appealsClosesUtc: null, JudgingCloses.AddHours(1))?.Code
        );
    }

    [Fact]
    public void An_appeal_needs_reasons_is_one_at_a_time_and_is_answered_once_with_a_response()
    {
        Assert.Equal(
            RuleCodes.AppealTextInvalid,
            Appeal.File(Guid.NewGuid(), Guid.NewGuid(), "u", null, " ", false, Published).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.AppealTextInvalid,
            Appeal
                .File(Guid.NewGuid(), Guid.NewGuid(), "u", null, new string('x', Appeal.MaxTextLength + 1), false, Published)
                .Violation?.Code
        );
        Assert.Equal(
            RuleCodes.AppealAlreadyOpen,
            Appeal.File(Guid.NewGuid(), Guid.NewGuid(), "u", null, "Again", anotherOpen: true, Published).Violation?.Code
        );

        var appeal = Appeal.File(Guid.NewGuid(), Guid.NewGuid(), "u", null, "  Appendix B was missed.  ", false, Published).Value;
        Assert.Equal(("Appendix B was missed.", AppealStatus.Open), (appeal.Reason, appeal.Status));
        Assert.Equal(RuleCodes.AppealTextInvalid, appeal.Answer(true, "", "m", Published).Violation?.Code);
        Assert.Equal(AppealStatus.Open, appeal.Status);
        Assert.True(appeal.Answer(false, "The appendix was read; the score stands.", "m", Published.AddDays(1)).Succeeded);
        Assert.Equal(
            (AppealStatus.Rejected, "m", Published.AddDays(1)),
            (appeal.Status, appeal.AnsweredByUserId, appeal.AnsweredAtUtc!.Value)
        );
        Assert.Equal(RuleCodes.AppealAlreadyAnswered, appeal.Answer(true, "Changed our mind", "m", Published.AddDays(2)).Violation?.Code);
    }
}
