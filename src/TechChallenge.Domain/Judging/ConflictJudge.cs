namespace TechChallenge.Domain.Judging;

/// <summary>A judge as conflict detection sees them.</summary>
public sealed record ConflictJudge(string UserId, Guid? OrganizationId);
