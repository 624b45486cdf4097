using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Features.Api;

/// <summary>
/// The proposals API (/api/v1), for institutions that submit from their own systems: the same service, rules and
/// deadlines as the pages. Described at /openapi/v1.json. Refusals are RFC 9457 problem details with a stable
/// <c>code</c> and a message in the caller's language.
/// </summary>
public static class ProposalApi
{
    public static IEndpointRouteBuilder MapProposalApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints
            .MapGroup("/api/v1")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiTokenAuthentication.SchemeName })
            .DisableAntiforgery()
            .AddEndpointFilter(
                async (context, next) =>
                {
                    ApiResponses.KeepStatusCode(context.HttpContext);
                    return await next(context);
                }
            )
            .WithTags("Proposals")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet(
                "/challenges/{challengeId:guid}/proposal-form",
                async (Guid challengeId, ProposalReads proposals, CancellationToken cancellationToken) =>
                    await proposals.FormAsync(challengeId, cancellationToken) is { } form ? Results.Ok(form) : Results.NotFound()
            )
            .WithName("GetProposalForm")
            .WithSummary("The sections the challenge's proposal form asks for (deliverables, then one per criterion).")
            .Produces<ProposalFormView>()
            .Produces(StatusCodes.Status404NotFound);

        api.MapGet(
                "/challenges/{challengeId:guid}/proposal",
                async (Guid challengeId, HttpContext context, ProposalReads proposals, CancellationToken cancellationToken) =>
                    await proposals.GetDraftAsync(Actor.FromPrincipal(context.User), challengeId, cancellationToken) is { } draft
                        ? Results.Ok(draft)
                        : Results.NotFound()
            )
            .WithName("GetMyProposal")
            .WithSummary("The caller's proposal for the challenge: draft, revision, status, version count.")
            .Produces<ProposalDraft>()
            .Produces(StatusCodes.Status404NotFound);

        api.MapPut(
                "/challenges/{challengeId:guid}/proposal/draft",
                async (
                    Guid challengeId,
                    DraftInput input,
                    HttpContext context,
                    ProposalDrafts proposals,
                    RuleMessages messages,
                    CancellationToken cancellationToken
                ) =>
                    Answer(
                        await proposals.SaveDraftAsync(Actor.FromPrincipal(context.User), challengeId, input, cancellationToken),
                        messages
                    )
            )
            .WithName("SaveDraft")
            .WithSummary("Saves the draft if nobody saved since expectedRevision (0 to start one); 409 when someone did.")
            .Produces<ProposalDraft>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost(
                "/challenges/{challengeId:guid}/proposal/attachments",
                async (
                    Guid challengeId,
                    IFormFile file,
                    HttpContext context,
                    ProposalDrafts proposals,
                    RuleMessages messages,
                    CancellationToken cancellationToken
                ) =>
                    Answer(
                        await proposals.AddAttachmentAsync(
                            Actor.FromPrincipal(context.User),
                            challengeId,
                            new UploadedFile(file.FileName, file.ContentType, file.Length, file.OpenReadStream),
                            cancellationToken
                        ),
                        messages
                    )
            )
            .WithName("AddAttachment")
            .WithSummary("Uploads one file (multipart/form-data, field \"file\") to the draft; answers its SHA-256.")
            .Produces<AttachmentView>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost(
                "/challenges/{challengeId:guid}/proposal/submit",
                async (
                    Guid challengeId,
                    SubmitRequest request,
                    HttpContext context,
                    ProposalSubmission proposals,
                    RuleMessages messages,
                    CancellationToken cancellationToken
                ) =>
                    Answer(
                        await proposals.SubmitDraftAsync(
                            Actor.FromPrincipal(context.User),
                            challengeId,
                            request.ExpectedRevision,
                            cancellationToken
                        ),
                        messages
                    )
            )
            .WithName("SubmitProposal")
            .WithSummary("Submits the draft as a new numbered version; repeating it for an unchanged draft answers the same version.")
            .Produces<SubmittedVersion>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost(
                "/challenges/{challengeId:guid}/proposal/withdraw",
                async (
                    Guid challengeId,
                    HttpContext context,
                    ProposalSubmission proposals,
                    RuleMessages messages,
                    CancellationToken cancellationToken
                ) => Answer(await proposals.WithdrawAsync(Actor.FromPrincipal(context.User), challengeId, cancellationToken), messages)
            )
            .WithName("WithdrawProposal")
            .WithSummary("Withdraws the submitted proposal before the deadline.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet(
                "/proposals/{proposalId:guid}/receipts/{version:int}",
                async (Guid proposalId, int version, HttpContext context, ProposalReads proposals, CancellationToken cancellationToken) =>
                    await proposals.GetReceiptAsync(Actor.FromPrincipal(context.User), proposalId, version, cancellationToken)
                        is { } receipt
                        ? Results.Ok(receipt)
                        : Results.NotFound()
            )
            .WithName("GetReceipt")
            .WithSummary("The receipt of one version: times, content SHA-256 and each file's.")
            .Produces<ProposalReceipt>()
            .Produces(StatusCodes.Status404NotFound);

        return endpoints;
    }

    private static IResult Answer<T>(Outcome<T> outcome, RuleMessages messages) =>
        outcome.Succeeded ? Results.Ok(outcome.Value) : Problem(outcome.Violation!, messages);

    private static IResult Answer(Outcome outcome, RuleMessages messages) =>
        outcome.Succeeded ? Results.NoContent() : Problem(outcome.Violation!, messages);

    private static IResult Problem(RuleViolation violation, RuleMessages messages)
    {
        var status = violation.Code switch
        {
            RuleCodes.NotFound => StatusCodes.Status404NotFound,
            RuleCodes.AccessDenied => StatusCodes.Status403Forbidden,
            RuleCodes.ProposalEditedElsewhere => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return Results.Problem(
            new ProblemDetails
            {
                Status = status,
                Title = violation.Code,
                Detail = messages.Describe(violation),
                Extensions = { ["code"] = violation.Code },
            }
        );
    }
}
