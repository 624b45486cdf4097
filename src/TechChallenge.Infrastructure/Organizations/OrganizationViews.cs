using TechChallenge.Domain.Organizations;
using TechChallenge.Infrastructure.SubCenters;

namespace TechChallenge.Infrastructure.Organizations;

public sealed record OrganizationInput(string Name, string NameZh, SolverOrganizationKind Kind, string? EmailDomain);

public sealed record OrganizationMemberView(string UserId, string DisplayName, string Email, OrganizationRole Role);

public sealed record SolverOrganizationView(
    Guid Id,
    string Name,
    string NameZh,
    SolverOrganizationKind Kind,
    string? EmailDomain,
    OrganizationVerification Verification,
    string? ReviewNote,
    string? DomainProofEmail,
    DateTime CreatedAtUtc,
    bool IsAdmin,
    IReadOnlyList<OrganizationMemberView> Members,
    IReadOnlyList<InvitationView> Invitations
);

/// <summary>An organisation waiting for an admin's decision.</summary>
public sealed record PendingOrganization(
    Guid Id,
    string Name,
    string NameZh,
    SolverOrganizationKind Kind,
    string? EmailDomain,
    string FounderName,
    string FounderEmail,
    DateTime CreatedAtUtc
);

public sealed record OrganizationInvitationPreview(string OrganizationName, string OrganizationNameZh, string Email, bool Usable);
