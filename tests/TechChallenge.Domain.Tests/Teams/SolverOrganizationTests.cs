using TechChallenge.Domain.Common;
using TechChallenge.Domain.Organizations;

namespace TechChallenge.Domain.Tests.Teams;

public sealed class SolverOrganizationTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);

    private static SolverOrganization Jiangnan() =>
        SolverOrganization.Register("Jiangnan University", "江南大学", SolverOrganizationKind.University, " @Jiangnan.EDU.cn. ", Now).Value;

    [Fact]
    public void A_new_organisation_waits_for_proof_and_keeps_its_domain_normalised()
    {
        var organization = Jiangnan();

        Assert.Equal("jiangnan.edu.cn", organization.EmailDomain);
        Assert.Equal(OrganizationVerification.Pending, organization.Verification);
        Assert.False(organization.IsVerified);
    }

    [Theory]
    [InlineData("wang@jiangnan.edu.cn", true)]
    [InlineData("wang@food.jiangnan.edu.cn", true)]
    [InlineData("wang@notjiangnan.edu.cn", false)]
    [InlineData("wang@jiangnan.edu.cn.evil.com", false)]
    [InlineData("no-at-sign", false)]
    public void Addresses_at_the_domain_or_its_subdomains_belong_to_it(string email, bool owned) =>
        Assert.Equal(owned, Jiangnan().OwnsAddress(email));

    [Theory]
    [InlineData("qq.com")]
    [InlineData("163.com")]
    [InlineData("gmail.com")]
    [InlineData("localhost")]
    [InlineData("bad_domain.cn")]
    [InlineData("-bad.cn")]
    public void Public_mail_services_and_malformed_domains_prove_nothing(string domain) =>
        Assert.Equal(
            RuleCodes.OrganizationDomainInvalid,
            SolverOrganization.Register("A", "甲", SolverOrganizationKind.Company, domain, Now).Violation?.Code
        );

    [Fact]
    public void An_organisation_needs_a_name() =>
        Assert.Equal(
            RuleCodes.OrganizationNameRequired,
            SolverOrganization.Register(" ", "", SolverOrganizationKind.Individual, null, Now).Violation?.Code
        );

    [Fact]
    public void The_domain_is_proven_only_by_the_token_mailed_to_an_address_at_it()
    {
        var organization = Jiangnan();

        Assert.Equal(RuleCodes.OrganizationDomainMismatch, organization.StartDomainProof("wang@qq.com", "hash").Violation?.Code);
        Assert.True(organization.StartDomainProof("Wang@Jiangnan.edu.cn", "hash").Succeeded);
        Assert.Equal(RuleCodes.InvitationInvalid, organization.CompleteDomainProof("other", Now).Violation?.Code);
        Assert.False(organization.IsVerified);

        Assert.True(organization.CompleteDomainProof("hash", Now).Succeeded);
        Assert.Equal(OrganizationVerification.DomainVerified, organization.Verification);
        Assert.Equal(Now, organization.VerifiedAtUtc);
        Assert.Equal(RuleCodes.InvitationInvalid, organization.CompleteDomainProof("hash", Now).Violation?.Code);
    }

    [Fact]
    public void An_admin_approves_or_rejects_with_a_reason_and_a_rejected_one_cannot_prove_its_domain_afterwards()
    {
        var approved = Jiangnan();
        Assert.True(approved.Review(approve: true, note: null, Now).Succeeded);
        Assert.Equal(OrganizationVerification.AdminApproved, approved.Verification);

        var rejected = Jiangnan();
        rejected.StartDomainProof("wang@jiangnan.edu.cn", "hash");
        Assert.Equal(RuleCodes.ReviewCommentRequired, rejected.Review(approve: false, note: " ", Now).Violation?.Code);
        Assert.True(rejected.Review(approve: false, note: "Not a registered institution", Now).Succeeded);
        Assert.Equal(RuleCodes.InvitationInvalid, rejected.CompleteDomainProof("hash", Now).Violation?.Code);
        Assert.False(rejected.IsVerified);
    }
}
