namespace TechChallenge.Infrastructure.Seeding;

public sealed record DemoContact(string Name, string Email, string Phone);
