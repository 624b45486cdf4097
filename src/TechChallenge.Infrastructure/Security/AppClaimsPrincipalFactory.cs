using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Security;

/// <summary>Puts the user's sub-center, organisation, display name and time zone into the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options
) : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        AddProfileClaims(identity, user);
        return identity;
    }

    /// <summary>
    /// The principal Identity's factory would build for the user (identifier, name, e-mail, security stamp, roles,
    /// role and user claims, then the app's own), from data the API's token check has already loaded.
    /// </summary>
    public static ClaimsPrincipal ForApiToken(ApiTokenUser tokenUser, ClaimsIdentityOptions options)
    {
        var user = tokenUser.User;
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, options.UserNameClaimType, options.RoleClaimType);
        identity.AddClaim(new Claim(options.UserIdClaimType, user.Id));
        identity.AddClaim(new Claim(options.UserNameClaimType, user.UserName ?? ""));
        if (user.Email is { } email)
        {
            identity.AddClaim(new Claim(options.EmailClaimType, email));
        }

        if (user.SecurityStamp is { } stamp)
        {
            identity.AddClaim(new Claim(options.SecurityStampClaimType, stamp));
        }

        identity.AddClaims(tokenUser.Roles.Select(role => new Claim(options.RoleClaimType, role)));
        identity.AddClaims(tokenUser.Claims);
        AddProfileClaims(identity, user);
        return new ClaimsPrincipal(identity);
    }

    private static void AddProfileClaims(ClaimsIdentity identity, ApplicationUser user)
    {
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
    }
}
