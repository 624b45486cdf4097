namespace TechChallenge.Domain.Organizations;

/// <summary>A national technology-transfer centre, e.g. the Eastern National Technology Transfer Center.</summary>
public sealed class TransferCenter
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string NameZh { get; set; }
    public List<SubCenter> SubCenters { get; init; } = [];
}

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

public enum SolverOrganizationKind
{
    University,
    ResearchInstitute,
    Company,
    Individual,
}

/// <summary>An organisation whose members answer challenges.</summary>
public sealed class SolverOrganization
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string NameZh { get; set; }
    public SolverOrganizationKind Kind { get; set; }
}
