using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Features.Proposals;

public static class AttachmentEndpoints
{
    /// <summary>Downloads go through the same access rule as the proposal page; anyone else gets 404, not a hint.</summary>
    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/attachments/{id:guid}", async (Guid id, HttpContext context, ProposalService proposals, CancellationToken cancellationToken) =>
            {
                var download = await proposals.OpenAttachmentAsync(Actor.FromPrincipal(context.User), id, cancellationToken);
                return download is null
                    ? Results.NotFound()
                    : Results.File(download.Content, "application/octet-stream", download.FileName);
            })
            .RequireAuthorization();
        return endpoints;
    }
}
