namespace TechChallenge.Domain.Judging;

public enum ConflictSource
{
    /// <summary>The judge declared it (with an organisation or a team).</summary>
    Declared,

    /// <summary>The judge belongs to the same solver organisation as a member of the team.</summary>
    SameOrganization,

    /// <summary>The judge is or was a member of the team.</summary>
    TeamMember,
}
