namespace TechChallenge.Domain.Common;

/// <summary>
/// An invitation by e-mail link. The link carries a random token; only its SHA-256 is stored. It works once, for the
/// address it names, until it expires.
/// </summary>
public abstract class EmailInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Email { get; init; }
    public required string TokenHash { get; init; }
    public required string InvitedByUserId { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime ExpiresAtUtc { get; init; }
    public DateTime? AcceptedAtUtc { get; private set; }
    public string? AcceptedByUserId { get; private set; }

    public virtual bool IsUsable(DateTime nowUtc) => AcceptedAtUtc is null && nowUtc < ExpiresAtUtc;

    /// <summary>The owner of the invited address accepts, once, while the invitation is usable.</summary>
    public Outcome Accept(string userId, DateTime nowUtc)
    {
        if (!IsUsable(nowUtc))
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        (AcceptedAtUtc, AcceptedByUserId) = (nowUtc, userId);
        return Outcome.Success;
    }
}
