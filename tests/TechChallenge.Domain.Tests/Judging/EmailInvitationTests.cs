using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.SubCenters;

namespace TechChallenge.Domain.Tests.Judging;

/// <summary>
/// Every e-mail invitation (to a panel, a solver organisation, a sub-center) is accepted through its own method: once,
/// by whoever the service found owns the address, while it is usable.
/// </summary>
public class EmailInvitationTests
{
    private static readonly DateTime Sent = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);

    private static OrganizationInvitation ToOrganization() =>
        new()
        {
            OrganizationId = Guid.NewGuid(),
            Email = "member@example.org",
            TokenHash = "hash",
            InvitedByUserId = "admin",
            CreatedAtUtc = Sent,
            ExpiresAtUtc = Sent + EmailInvitation.Lifetime,
        };

    private static SubCenterInvitation ToSubCenter() =>
        new()
        {
            SubCenterId = Guid.NewGuid(),
            Email = "manager@example.org",
            TokenHash = "hash",
            InvitedByUserId = "admin",
            CreatedAtUtc = Sent,
            ExpiresAtUtc = Sent + EmailInvitation.Lifetime,
        };

    public static TheoryData<string> Kinds => ["organization", "sub-center", "panel"];

    private static EmailInvitation Of(string kind) =>
        kind switch
        {
            "organization" => ToOrganization(),
            "sub-center" => ToSubCenter(),
            _ => new JudgeInvitation
            {
                ChallengeId = Guid.NewGuid(),
                Email = "expert@example.org",
                TokenHash = "hash",
                InvitedByUserId = "manager",
                CreatedAtUtc = Sent,
                ExpiresAtUtc = Sent + EmailInvitation.Lifetime,
            },
        };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_invitation_is_accepted_once_and_records_who_and_when(string kind)
    {
        var invitation = Of(kind);
        Assert.True(invitation.Accept("user-1", Sent.AddDays(1)).Succeeded);
        Assert.Equal((Sent.AddDays(1), "user-1"), (invitation.AcceptedAtUtc, invitation.AcceptedByUserId));
        Assert.False(invitation.IsUsable(Sent.AddDays(1)));

        Assert.Equal(RuleCodes.InvitationInvalid, invitation.Accept("user-2", Sent.AddDays(2)).Violation?.Code);
        Assert.Equal("user-1", invitation.AcceptedByUserId);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_expired_invitation_cannot_be_accepted(string kind)
    {
        var invitation = Of(kind);
        Assert.Equal(RuleCodes.InvitationInvalid, invitation.Accept("user-1", Sent + EmailInvitation.Lifetime).Violation?.Code);
        Assert.Null(invitation.AcceptedAtUtc);
    }

    [Fact]
    public void A_revoked_organisation_invitation_cannot_be_accepted_and_revoking_an_accepted_one_leaves_the_acceptance()
    {
        var revoked = ToOrganization();
        revoked.Revoke();
        Assert.True(revoked.Revoked);
        Assert.Equal(RuleCodes.InvitationInvalid, revoked.Accept("user-1", Sent.AddHours(1)).Violation?.Code);

        var accepted = ToOrganization();
        Assert.True(accepted.Accept("user-1", Sent.AddHours(1)).Succeeded);
        accepted.Revoke();
        Assert.Equal((true, "user-1"), (accepted.Revoked, accepted.AcceptedByUserId));
    }
}
