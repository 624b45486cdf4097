namespace TechChallenge.Infrastructure.Seeding;

public sealed record DemoOrganization(string Key, string Name, string NameZh, string Kind, string? EmailDomain);
