namespace TechChallenge.Infrastructure.Seeding;

public sealed record DemoSubCenter(string Key, string Name, string NameZh, string Region);
