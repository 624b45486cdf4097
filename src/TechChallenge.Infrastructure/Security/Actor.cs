using System.Security.Claims;

namespace TechChallenge.Infrastructure.Security;

/// <summary>
/// Who is asking. Every service method takes one and decides on the server what that person may see or do;
/// pages never make that decision alone.
/// </summary>
public sealed record Actor(string? UserId, IReadOnlySet<string> Roles, Guid? SubCenterId, Guid? SolverOrganizationId)
{
    public static Actor Anonymous { get; } = new(null, new HashSet<string>(), null, null);

    public bool IsAuthenticated => UserId is not null;

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsAdmin => IsInRole(Security.Roles.PlatformAdmin);

    /// <summary>Admins manage every sub-center; a manager manages only their own.</summary>
    public bool ManagesSubCenter(Guid subCenterId) => IsAdmin || (IsInRole(Security.Roles.SubCenterManager) && SubCenterId == subCenterId);

    public static Actor FromPrincipal(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Anonymous;
        }

        return new Actor(
            userId,
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            ParseGuid(principal.FindFirstValue(AppClaimTypes.SubCenterId)),
            ParseGuid(principal.FindFirstValue(AppClaimTypes.SolverOrganizationId))
        );
    }

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
