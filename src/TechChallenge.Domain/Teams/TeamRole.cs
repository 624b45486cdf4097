namespace TechChallenge.Domain.Teams;

public enum TeamRole
{
    /// <summary>Started the entry; invites and removes members.</summary>
    Lead,
    Member,
}
