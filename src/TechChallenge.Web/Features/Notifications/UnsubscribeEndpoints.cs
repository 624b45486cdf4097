using TechChallenge.Infrastructure.Notifications;

namespace TechChallenge.Web.Features.Notifications;

public static class UnsubscribeEndpoints
{
    /// <summary>
    /// POST to an e-mail's unsubscribe link: RFC 8058 one-click from mail clients, and the confirm button of the page
    /// at the same address. The signed link is the proof (no sign-in, no antiforgery token: mail clients have
    /// neither), and a GET never unsubscribes, so link scanners cannot do it by accident.
    /// </summary>
    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints
            .MapPost(
                "/unsubscribe/{token}",
                async (string token, HttpRequest request, NotificationCenter notifications, CancellationToken cancellationToken) =>
                {
                    var outcome = await notifications.UnsubscribeAsync(token, cancellationToken);
                    if (!outcome.Succeeded)
                    {
                        return Results.BadRequest();
                    }

                    // A mail client's one-click wants a plain success; a person's click goes back to the page, now saying so.
                    var oneClick =
                        request.HasFormContentType && (await request.ReadFormAsync(cancellationToken))["List-Unsubscribe"] == "One-Click";
                    return oneClick ? Results.Ok() : Results.Redirect($"/unsubscribe/{Uri.EscapeDataString(token)}?done=true");
                }
            )
            .DisableAntiforgery()
            // The confirmation page has the same address; for POST this endpoint answers.
            .WithOrder(-1);
        return endpoints;
    }
}
