namespace TechChallenge.Domain.Judging;

public enum JudgeInvitationState
{
    Pending,
    Accepted,
    Declined,
    Revoked,
    Expired,
}
