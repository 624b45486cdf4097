using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Http;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

/// <summary>The one acceptance component behind the sub-center and the organisation invitations.</summary>
public class InvitationAcceptanceTests
{
    [Fact]
    public async Task An_unusable_invitation_says_so_and_offers_nothing()
    {
        await using var renderer = new ComponentRenderer("en-US");

        var html = await renderer.RenderAsync<SignedInAs>(Parameters(usable: false, signedIn: true));

        Assert.Contains("not valid", html.QuerySelector("[data-testid=invitation-invalid]")!.TextContent);
        Assert.Null(html.QuerySelector("[data-testid=invitation-text]"));
        Assert.Null(html.QuerySelector("[data-testid=invitation-accept]"));
    }

    [Fact]
    public async Task A_visitor_is_asked_to_sign_in_and_comes_back_to_the_invitation()
    {
        await using var renderer = new ComponentRenderer("en-US");

        var html = await renderer.RenderAsync<SignedInAs>(Parameters(usable: true, signedIn: false));

        Assert.Equal("Join Example Lab", html.QuerySelector("[data-testid=invitation-text]")!.TextContent.Trim());
        Assert.Equal(
            "/account/login?returnUrl=%2Forganizations%2Fjoin%2Fabc",
            html.QuerySelector("[data-testid=invitation-login]")!.GetAttribute("href")
        );
        Assert.Null(html.QuerySelector("[data-testid=invitation-accept]"));
    }

    private static Dictionary<string, object?> Parameters(bool usable, bool signedIn) =>
        new() { [nameof(SignedInAs.SignedIn)] = signedIn, [nameof(SignedInAs.Usable)] = usable };

    /// <summary>The page around the component: a static render's HTTP context, signed in or not.</summary>
    public sealed class SignedInAs : ComponentBase
    {
        [Parameter]
        public bool SignedIn { get; set; }

        [Parameter]
        public bool Usable { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            var identity = SignedIn ? new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "viewer")], "test") : new ClaimsIdentity();
            var context = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
            builder.OpenComponent<CascadingValue<HttpContext>>(0);
            builder.AddComponentParameter(1, "Value", context);
            builder.AddComponentParameter(
                2,
                "ChildContent",
                (RenderFragment)(
                    content =>
                    {
                        content.OpenComponent<InvitationAcceptance>(0);
                        content.AddComponentParameter(1, nameof(InvitationAcceptance.Title), "Invitation");
                        content.AddComponentParameter(2, nameof(InvitationAcceptance.Text), "Join Example Lab");
                        content.AddComponentParameter(3, nameof(InvitationAcceptance.Usable), Usable);
                        content.AddComponentParameter(4, nameof(InvitationAcceptance.Path), "/organizations/join/abc");
                        content.AddComponentParameter(5, nameof(InvitationAcceptance.FormName), "join-organization");
                        content.AddComponentParameter(6, nameof(InvitationAcceptance.Destination), "/account/organization");
                        content.AddComponentParameter(
                            7,
                            nameof(InvitationAcceptance.AcceptInvitation),
                            (Func<Actor, Task<Outcome>>)(_ => Task.FromResult(Outcome.Success))
                        );
                        content.CloseComponent();
                    }
                )
            );
            builder.CloseComponent();
        }
    }
}
