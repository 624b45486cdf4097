using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Http;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

/// <summary>The one acceptance component behind the sub-center and the organisation invitations, rendered statically.</summary>
public sealed class InvitationAcceptanceTests : AppComponentTest
{
    [Fact]
    public void An_unusable_invitation_says_so_and_offers_nothing()
    {
        var invitation = Render(usable: false, signedIn: true);

        Assert.Contains("not valid", invitation.Find("[data-testid=invitation-invalid]").TextContent);
        Assert.Empty(invitation.FindAll("[data-testid=invitation-text]"));
        Assert.Empty(invitation.FindAll("[data-testid=invitation-accept]"));
    }

    [Fact]
    public void A_visitor_is_asked_to_sign_in_and_comes_back_to_the_invitation()
    {
        var invitation = Render(usable: true, signedIn: false);

        Assert.Equal("Join Example Lab", invitation.Find("[data-testid=invitation-text]").TextContent.Trim());
        Assert.Equal(
            "/account/login?returnUrl=%2Forganizations%2Fjoin%2Fabc",
            invitation.Find("[data-testid=invitation-login]").GetAttribute("href")
        );
        Assert.Empty(invitation.FindAll("[data-testid=invitation-accept]"));
    }

    [Fact]
    public void A_signed_in_person_gets_a_form_that_posts_the_acceptance()
    {
        var invitation = Render(usable: true, signedIn: true);

        var form = invitation.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("submit", invitation.Find("[data-testid=invitation-accept]").GetAttribute("type"));
        Assert.Empty(invitation.FindAll("[data-testid=invitation-login]"));
    }

    /// <summary>The component as its page renders it statically: with the request's HTTP context, signed in or not.</summary>
    private IRenderedComponent<InvitationAcceptance> Render(bool usable, bool signedIn)
    {
        var identity = signedIn ? new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "viewer")], "test") : new ClaimsIdentity();
        HttpContext context = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        return RenderInApp<InvitationAcceptance>(p =>
            p.AddCascadingValue(context)
                .Add(x => x.Title, "Invitation")
                .Add(x => x.Text, "Join Example Lab")
                .Add(x => x.Usable, usable)
                .Add(x => x.Path, "/organizations/join/abc")
                .Add(x => x.FormName, "join-organization")
                .Add(x => x.Destination, "/account/organization")
                .Add(x => x.AcceptInvitation, (Func<Actor, Task<Outcome>>)(_ => Task.FromResult(Outcome.Success)))
        );
    }
}
