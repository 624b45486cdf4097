namespace TechChallenge.Web.Features.Api;

/// <summary>API answers go to programs: a 401 or 404 stays as it is, not re-executed into the site's HTML error page.</summary>
public static class ApiResponses
{
    public static void KeepStatusCode(HttpContext context)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
    }
}
