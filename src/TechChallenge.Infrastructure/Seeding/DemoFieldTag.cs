namespace TechChallenge.Infrastructure.Seeding;

public sealed record DemoFieldTag(string Code, string Name, string NameZh);
