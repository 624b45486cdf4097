namespace TechChallenge.Domain.Organizations;

public enum OrganizationRole
{
    Member,

    /// <summary>Invites and removes members, and names other admins.</summary>
    Admin,
}
