namespace TechChallenge.Domain.Challenges;

public sealed record ContactInfo(string Name, string Email, string Phone);
