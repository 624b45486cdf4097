namespace TechChallenge.Infrastructure.Seeding;

public sealed record DemoUser(string Email, string DisplayName, string Role, string? SubCenter, string? Organization);
