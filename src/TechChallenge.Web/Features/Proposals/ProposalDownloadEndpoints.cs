using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Features.Proposals;

public static class ProposalDownloadEndpoints
{
    /// <summary>
    /// Attachments and receipts go through the same access rules as the proposal pages; anyone else gets 404, not a hint.
    /// </summary>
    public static IEndpointRouteBuilder MapProposalDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints
            .MapGet(
                "/files/attachments/{id:guid}",
                async (Guid id, HttpContext context, ProposalReads proposals, CancellationToken cancellationToken) =>
                {
                    var download = await proposals.OpenAttachmentAsync(Actor.FromPrincipal(context.User), id, cancellationToken);
                    return download is null
                        ? Results.NotFound()
                        : Results.File(download.Content, "application/octet-stream", download.FileName);
                }
            )
            .RequireAuthorization();
        endpoints
            .MapGet(
                "/files/attachments/{id:guid}/view",
                async (Guid id, HttpContext context, ProposalReads proposals, CancellationToken cancellationToken) =>
                {
                    var download = await proposals.OpenAttachmentAsync(Actor.FromPrincipal(context.User), id, cancellationToken);
                    if (download is null)
                    {
                        return Results.NotFound();
                    }

                    // Only a PDF opens in the browser: its first bytes were checked on upload, and the browser's viewer
                    // runs no page script. Anything else is a download, so no uploaded file is ever rendered as a page.
                    if (!AttachmentFiles.OpensInBrowser(download.FileName))
                    {
                        return Results.File(download.Content, "application/octet-stream", download.FileName);
                    }

                    context.Response.Headers.XContentTypeOptions = "nosniff";
                    context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline")
                    {
                        FileNameStar = download.FileName,
                    }.ToString();
                    return Results.File(download.Content, "application/pdf");
                }
            )
            .RequireAuthorization();
        endpoints
            .MapGet(
                "/proposals/{id:guid}/receipt/{version:int}.txt",
                async (
                    Guid id,
                    int version,
                    HttpContext context,
                    ProposalReads proposals,
                    IStringLocalizer<SharedResource> localizer,
                    CancellationToken cancellationToken
                ) =>
                {
                    var receipt = await proposals.GetReceiptAsync(Actor.FromPrincipal(context.User), id, version, cancellationToken);
                    if (receipt is null)
                    {
                        return Results.NotFound();
                    }

                    var zone = TimeZones.Find(context.User.FindFirst(AppClaimTypes.TimeZone)?.Value);
                    var baseUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");
                    var text = ReceiptText.Write(receipt, zone, localizer, baseUri);
                    // With a BOM, so Windows editors show the Chinese text correctly.
                    return Results.File(
                        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
                        "text/plain; charset=utf-8",
                        $"receipt-{receipt.ProposalId:N}-v{receipt.Version}.txt"
                    );
                }
            )
            .RequireAuthorization();
        return endpoints;
    }
}
