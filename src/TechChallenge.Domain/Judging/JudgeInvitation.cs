using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Judging;

/// <summary>
/// An organiser's invitation to an expert, by e-mail, to judge a challenge's round. The link's holder accepts (with the
/// account of that address, or a new one) and joins the panel, or declines, with an optional reason the organisers see.
/// </summary>
public sealed class JudgeInvitation : EmailInvitation
{
    public const int MaxReasonLength = 500;

    public Guid ChallengeId { get; init; }

    /// <summary>The round the expert is asked to judge.</summary>
    public int RoundNumber { get; init; } = 1;

    public DateTime? DeclinedAtUtc { get; private set; }
    public string? DeclineReason { get; private set; }
    public bool Revoked { get; private set; }

    public override bool IsUsable(DateTime nowUtc) => DeclinedAtUtc is null && !Revoked && base.IsUsable(nowUtc);

    public Outcome Decline(string? reason, DateTime nowUtc)
    {
        if (!IsUsable(nowUtc))
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > MaxReasonLength)
        {
            return Outcome.Refused(RuleCodes.InvitationReasonTooLong, MaxReasonLength);
        }

        (DeclinedAtUtc, DeclineReason) = (nowUtc, reason);
        return Outcome.Success;
    }

    /// <summary>The organisers take back an invitation not answered yet.</summary>
    public Outcome Revoke(DateTime nowUtc)
    {
        if (!IsUsable(nowUtc))
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        Revoked = true;
        return Outcome.Success;
    }

    public JudgeInvitationState State(DateTime nowUtc) =>
        AcceptedAtUtc is not null ? JudgeInvitationState.Accepted
        : DeclinedAtUtc is not null ? JudgeInvitationState.Declined
        : Revoked ? JudgeInvitationState.Revoked
        : nowUtc >= ExpiresAtUtc ? JudgeInvitationState.Expired
        : JudgeInvitationState.Pending;
}
