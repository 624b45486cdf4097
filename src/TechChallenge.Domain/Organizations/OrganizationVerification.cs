namespace TechChallenge.Domain.Organizations;

public enum OrganizationVerification
{
    /// <summary>Registered; a platform admin has not approved it and its domain is not proven.</summary>
    Pending,

    /// <summary>Someone clicked a link mailed to an address at the organisation's e-mail domain.</summary>
    DomainVerified,

    /// <summary>A platform admin approved it.</summary>
    AdminApproved,

    Rejected,
}
