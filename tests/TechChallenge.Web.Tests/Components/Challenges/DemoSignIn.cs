using System.Security.Claims;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>Signs a component test in as an account of a running test app, with the claims sign-in gives it.</summary>
internal static class DemoSignIn
{
    public static async Task<Actor> SignInAsync(this BunitAuthorizationContext authorization, TechChallengeApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}");
        var principal = await principals.CreateAsync(user);
        authorization.SetAuthorized(principal.Identity?.Name ?? email);
        authorization.SetRoles([.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
        authorization.SetClaims([.. principal.Claims.Where(c => c.Type is not ClaimTypes.Role and not ClaimTypes.Name)]);
        return Actor.FromPrincipal(principal);
    }
}
