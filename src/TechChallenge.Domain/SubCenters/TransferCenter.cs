namespace TechChallenge.Domain.SubCenters;

/// <summary>A national technology-transfer centre, e.g. the Eastern National Technology Transfer Center.</summary>
public sealed class TransferCenter
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string NameZh { get; set; }
    public List<SubCenter> SubCenters { get; init; } = [];
}
