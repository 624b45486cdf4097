namespace TechChallenge.Infrastructure.Seeding;

public sealed record DemoCriterion(string Name, string Description, decimal Weight);
