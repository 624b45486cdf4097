namespace TechChallenge.Domain.Teams;

public sealed class TeamInvitation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid TeamId { get; init; }
    public required string Email { get; init; }
    public required string InvitedByUserId { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public TeamInvitationStatus Status { get; private set; } = TeamInvitationStatus.Pending;
    public DateTime? RespondedAtUtc { get; private set; }

    internal void Respond(TeamInvitationStatus status, DateTime nowUtc)
    {
        Status = status;
        RespondedAtUtc = nowUtc;
    }
}
