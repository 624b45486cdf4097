using TechChallenge.Domain.Regions;

namespace TechChallenge.Domain.SubCenters;

/// <summary>A regional branch of a transfer centre (e.g. the Nantong sub-center); it publishes challenges.</summary>
public sealed class SubCenter
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid TransferCenterId { get; set; }
    public TransferCenter? TransferCenter { get; set; }
    public required string Name { get; set; }
    public required string NameZh { get; set; }

    /// <summary>The division the sub-center serves, from the region list.</summary>
    public RegionCode? RegionCode { get; set; }

    /// <summary>A region typed as free text before the region list, kept because no division matched it.</summary>
    public string LegacyRegion { get; set; } = "";
}
