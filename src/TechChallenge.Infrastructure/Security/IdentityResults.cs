using Microsoft.AspNetCore.Identity;

namespace TechChallenge.Infrastructure.Security;

/// <summary>
/// Identity calls whose failure is a fault of the server, not of the user (giving a role, saving a user just loaded):
/// they must never fail silently, so a failure stops the request with the errors Identity gave.
/// </summary>
internal static class IdentityResults
{
    public static void ThrowIfFailed(this IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
