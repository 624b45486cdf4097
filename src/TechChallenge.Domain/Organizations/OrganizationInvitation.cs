using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Organizations;

/// <summary>An invitation to join a solver organisation, sent by one of its admins, who may revoke it.</summary>
public sealed class OrganizationInvitation : EmailInvitation
{
    public Guid OrganizationId { get; init; }
    public bool Revoked { get; private set; }

    public override bool IsUsable(DateTime nowUtc) => !Revoked && base.IsUsable(nowUtc);

    /// <summary>
    /// The admin takes the invitation back. Allowed whatever its state: revoking one already accepted changes nothing
    /// for the member who joined with it.
    /// </summary>
    public void Revoke() => Revoked = true;
}
