namespace TechChallenge.Domain.Challenges;

/// <summary>A dated step on a challenge's timeline.</summary>
public sealed record Milestone(int Round, MilestoneKind Kind, DateTime AtUtc);
