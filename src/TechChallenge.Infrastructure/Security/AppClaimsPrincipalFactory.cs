using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Security;

/// <summary>Puts the user's sub-center, organisation, display name and time zone into the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(AppClaimTypes.TimeZone, user.TimeZoneId));
        if (user.SubCenterId is { } subCenter)
        {
            identity.AddClaim(new Claim(AppClaimTypes.SubCenterId, subCenter.ToString()));
        }

        if (user.SolverOrganizationId is { } organization)
        {
            identity.AddClaim(new Claim(AppClaimTypes.SolverOrganizationId, organization.ToString()));
        }

        return identity;
    }
}
