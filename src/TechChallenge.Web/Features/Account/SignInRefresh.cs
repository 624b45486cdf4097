using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Web.Features.Account;

/// <summary>
/// Renews the sign-in cookie after a person's roles or organisation changed (an invitation accepted), so the change
/// counts at once. Only a statically rendered page can do it: the cookie goes out in the same HTTP response.
/// </summary>
public sealed class SignInRefresh(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
{
    public async Task RefreshAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }
}
