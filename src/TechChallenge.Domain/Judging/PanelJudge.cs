namespace TechChallenge.Domain.Judging;

/// <summary>A panel judge and how many of the challenge's fields they list as expertise.</summary>
public sealed record PanelJudge(string UserId, int ExpertiseMatch);
