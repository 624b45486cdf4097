using Microsoft.Net.Http.Headers;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Features.Judging;

public static class JudgeFileEndpoints
{
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    /// <summary>
    /// A judge reads an entry's PDF in the browser instead of downloading it: the same access rule as the download
    /// (<see cref="ProposalReads.OpenAttachmentAsync"/>, blind names included), anyone else gets 404. Only a file that
    /// is a PDF by its content is shown inline; any other goes out as a download, never rendered by the browser.
    /// </summary>
    public static IEndpointRouteBuilder MapJudgeFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints
            .MapGet(
                "/judging/files/{id:guid}",
                async (Guid id, HttpContext context, ProposalReads proposals, CancellationToken cancellationToken) =>
                {
                    var file = await proposals.OpenAttachmentAsync(Actor.FromPrincipal(context.User), id, cancellationToken);
                    if (file is null)
                    {
                        return Results.NotFound();
                    }

                    var content = file.Content.CanSeek ? file.Content : await CopyAsync(file.Content, cancellationToken);
                    var head = new byte[PdfSignature.Length];
                    var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
                    content.Position = 0;
                    if (!head.AsSpan(0, read).SequenceEqual(PdfSignature))
                    {
                        return Results.File(content, "application/octet-stream", file.FileName);
                    }

                    var disposition = new ContentDispositionHeaderValue("inline");
                    disposition.SetHttpFileName(file.FileName);
                    context.Response.Headers.ContentDisposition = disposition.ToString();
                    context.Response.Headers.XContentTypeOptions = "nosniff";
                    return Results.File(content, "application/pdf", enableRangeProcessing: true);
                }
            )
            .RequireAuthorization(policy => policy.RequireRole(Roles.Judge));
        return endpoints;
    }

    private static async Task<Stream> CopyAsync(Stream source, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        await using (source)
        {
            await source.CopyToAsync(copy, cancellationToken);
        }

        copy.Position = 0;
        return copy;
    }
}
