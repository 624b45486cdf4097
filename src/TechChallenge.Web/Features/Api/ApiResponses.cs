using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Web.Features.Shared;

using TechChallenge.Domain.Teams;
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
