namespace TechChallenge.Domain.SubCenters;

/// <summary>A regional branch of a transfer centre (e.g. the Nantong sub-center); it publishes challenges.</summary>
public sealed class SubCenter
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid TransferCenterId { get; set; }
    public TransferCenter? TransferCenter { get; set; }
    public required string Name { get; set; }
    public required string NameZh { get; set; }
    public required string Region { get; set; }
}
