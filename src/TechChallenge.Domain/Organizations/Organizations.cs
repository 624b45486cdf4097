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

/// <summary>
/// An invitation to manage a sub-center, sent by a platform admin or by one of its managers. The link carries a
/// random token; only its SHA-256 is stored.
/// </summary>
public sealed class SubCenterInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid SubCenterId { get; init; }
    public required string Email { get; init; }
    public required string TokenHash { get; init; }
    public required string InvitedByUserId { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime ExpiresAtUtc { get; init; }
    public DateTime? AcceptedAtUtc { get; set; }
    public string? AcceptedByUserId { get; set; }

    public bool IsUsable(DateTime nowUtc) => AcceptedAtUtc is null && nowUtc < ExpiresAtUtc;
}
