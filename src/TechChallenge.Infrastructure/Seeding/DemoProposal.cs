namespace TechChallenge.Infrastructure.Seeding;

/// <summary><see cref="Sections"/>: one text per section of the challenge's proposal form, in its order.</summary>
public sealed record DemoProposal(string Solver, string Title, string Body, IReadOnlyList<string> Sections);
