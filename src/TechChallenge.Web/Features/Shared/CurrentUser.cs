using Microsoft.AspNetCore.Components.Authorization;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Features.Shared;

/// <summary>The signed-in person as an <see cref="Actor"/>, for passing to services.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return Actor.FromPrincipal(state.User);
    }
}
