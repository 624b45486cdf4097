namespace TechChallenge.Infrastructure.Seeding;

public sealed record DemoNamed(string Name, string NameZh);
