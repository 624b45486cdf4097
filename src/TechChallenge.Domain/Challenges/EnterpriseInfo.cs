namespace TechChallenge.Domain.Challenges;

/// <summary>The enterprise that owns the need. A confidential enterprise is named only to its sub-center and reviewers.</summary>
public sealed record EnterpriseInfo(string Name, string Industry, string Region, bool Confidential);
