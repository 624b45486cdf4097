using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Features.Api;

/// <summary>
/// "Authorization: Bearer tc_…" for the HTTP API. The principal is built exactly as at sign-in, so the services see
/// the same roles and sub-center. The API takes no cookies, so a browser session cannot be used against it (no CSRF).
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    IOptions<IdentityOptions> identityOptions
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var tokenUser = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (tokenUser is null || IsLockedOut(tokenUser.User))
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired token");
        }

        var principal = AppClaimsPrincipalFactory.ForApiToken(tokenUser, identityOptions.Value.ClaimsIdentity);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    // As UserManager.IsLockedOutAsync decides it, without another query.
    private bool IsLockedOut(ApplicationUser user) => user.LockoutEnabled && user.LockoutEnd > TimeProvider.GetUtcNow();

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        ApiResponses.KeepStatusCode(Context);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        ApiResponses.KeepStatusCode(Context);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
