using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Features.Challenges;

public static class ChallengeFileEndpoints
{
    /// <summary>
    /// A challenge's cover image and attachments. Access is the service's decision: 404 for what the viewer may not
    /// see at all, 403 for a confidential challenge's files before its terms are accepted.
    /// </summary>
    public static IEndpointRouteBuilder MapChallengeFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(
            "/files/challenges/{id:guid}",
            async (Guid id, HttpContext context, ChallengeFiles challenges, CancellationToken cancellationToken) =>
            {
                var opened = await challenges.OpenFileAsync(Actor.FromPrincipal(context.User), id, cancellationToken);
                if (!opened.Succeeded)
                {
                    return opened.Violation!.Code == RuleCodes.TermsNotAccepted
                        ? Results.StatusCode(StatusCodes.Status403Forbidden)
                        : Results.NotFound();
                }

                var file = opened.Value;
                // Images are shown inline; everything else is downloaded, never rendered by the browser as a page.
                var inline = file.ContentType.StartsWith("image/", StringComparison.Ordinal);
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return inline ? Results.File(file.Content, file.ContentType) : Results.File(file.Content, file.ContentType, file.FileName);
            }
        );
        return endpoints;
    }
}
