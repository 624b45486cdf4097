namespace TechChallenge.Domain.Challenges;

/// <summary>A field of expertise from the platform's managed list (e.g. new materials, intelligent manufacturing).</summary>
public sealed class FieldTag
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameZh { get; set; }
}
