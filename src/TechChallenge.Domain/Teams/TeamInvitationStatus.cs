namespace TechChallenge.Domain.Teams;

public enum TeamInvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Revoked,
}
