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

        // Switching language changes the screen only, in a cookie: the person's e-mails keep the language their profile
        // names, so showing a colleague the English pages does not turn their mail into English.
        endpoints.MapGet("/culture", (HttpContext context, string culture, string? returnUrl) =>
        {
            if (!WebSetup.SupportedCultures.Contains(culture))
            {
                return Results.BadRequest();
            }

            WriteCultureCookie(context, culture);
            return Results.LocalRedirect(SafeLocal(returnUrl));
        });

        // After the profile changed what the sign-in cookie carries (the time zone), an interactive page comes here to
        // have the cookie renewed from the database, then goes back. It only re-reads the person's own data.
        endpoints
            .MapGet("/account/refresh-sign-in", async (HttpContext context, SignInRefresh refresh, string? returnUrl) =>
            {
                await refresh.RefreshAsync(context.User);
                return Results.LocalRedirect(SafeLocal(returnUrl));
            })
            .RequireAuthorization();
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
