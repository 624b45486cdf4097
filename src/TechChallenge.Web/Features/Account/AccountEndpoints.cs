using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Web.Features.Account;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<ApplicationUser> signInManager, [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(SafeLocal(returnUrl));
        });

        // Switching language: a cookie for everyone, and the profile of a signed-in user so it follows them.
        endpoints.MapGet(
            "/culture",
            async (
                HttpContext context,
                UserManager<ApplicationUser> userManager,
                ILoggerFactory loggers,
                string culture,
                string? returnUrl
            ) =>
            {
                if (!WebSetup.SupportedCultures.Contains(culture))
                {
                    return Results.BadRequest();
                }

                WriteCultureCookie(context, culture);
                if (context.User.Identity?.IsAuthenticated == true && await userManager.GetUserAsync(context.User) is { } user)
                {
                    user.PreferredCulture = culture;
                    // The cookie already switches the language; a profile that could not be updated is only logged.
                    if (await userManager.UpdateAsync(user) is { Succeeded: false } updated)
                    {
                        loggers
                            .CreateLogger(typeof(AccountEndpoints))
                            .LogWarning(
                                "Preferred language of {UserId} not saved: {Errors}",
                                user.Id,
                                string.Join("; ", updated.Errors.Select(e => e.Code))
                            );
                    }
                }

                return Results.LocalRedirect(SafeLocal(returnUrl));
            }
        );
        return endpoints;
    }

    public static void WriteCultureCookie(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                HttpOnly = false,
            }
        );

    /// <summary>Only paths on this site: an open redirect to another host is turned into the home page.</summary>
    public static string SafeLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
