using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class JudgeInvitationTests
{
    private static readonly DateTime Sent = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);

    private static JudgeInvitation Invitation() =>
        new()
        {
            ChallengeId = Guid.NewGuid(),
            Email = "expert@example.org",
            TokenHash = "hash",
            InvitedByUserId = "manager",
            CreatedAtUtc = Sent,
            ExpiresAtUtc = Sent.AddDays(14),
        };

    [Fact]
    public void An_invitation_is_answered_once_accepted_or_declined_and_then_takes_no_other_answer()
    {
        var accepted = Invitation();
        Assert.True(accepted.Accept("judge", Sent.AddDays(1)).Succeeded);
        Assert.Equal((JudgeInvitationState.Accepted, "judge"), (accepted.State(Sent.AddDays(1)), accepted.AcceptedByUserId));
        Assert.Equal(RuleCodes.InvitationInvalid, accepted.Decline("no", Sent.AddDays(2)).Violation?.Code);
        Assert.Equal(RuleCodes.InvitationInvalid, accepted.Revoke(Sent.AddDays(2)).Violation?.Code);

        var declined = Invitation();
        Assert.True(declined.Decline("  Travelling.  ", Sent.AddDays(1)).Succeeded);
        Assert.Equal((JudgeInvitationState.Declined, "Travelling."), (declined.State(Sent.AddDays(1)), declined.DeclineReason));
        Assert.Equal(RuleCodes.InvitationInvalid, declined.Accept("judge", Sent.AddDays(2)).Violation?.Code);
        Assert.Null(declined.AcceptedAtUtc);
    }

    [Fact]
    public void A_withdrawn_or_expired_invitation_cannot_be_accepted_and_a_long_reason_is_refused()
    {
        var revoked = Invitation();
        Assert.True(revoked.Revoke(Sent.AddHours(1)).Succeeded);
        Assert.Equal(JudgeInvitationState.Revoked, revoked.State(Sent.AddHours(1)));
        Assert.Equal(RuleCodes.InvitationInvalid, revoked.Accept("judge", Sent.AddHours(2)).Violation?.Code);

        var late = Invitation();
        Assert.Equal(JudgeInvitationState.Pending, late.State(Sent.AddDays(14).AddTicks(-1)));
        Assert.Equal(JudgeInvitationState.Expired, late.State(Sent.AddDays(14)));
        Assert.Equal(RuleCodes.InvitationInvalid, late.Accept("judge", Sent.AddDays(14)).Violation?.Code);

        var wordy = Invitation();
        Assert.Equal(
            RuleCodes.InvitationReasonTooLong,
            wordy.Decline(new string('x', JudgeInvitation.MaxReasonLength + 1), Sent).Violation?.Code
        );
        Assert.True(wordy.IsUsable(Sent));
    }
}
