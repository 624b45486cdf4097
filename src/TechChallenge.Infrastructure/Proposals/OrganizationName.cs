namespace TechChallenge.Infrastructure.Proposals;

/// <summary>A solver organisation's name in both languages; each page shows the one of its viewer's language.</summary>
public sealed record OrganizationName(string Name, string NameZh);
