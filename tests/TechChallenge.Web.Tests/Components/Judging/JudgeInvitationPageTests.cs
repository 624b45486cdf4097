using System.Security.Claims;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>
/// The page behind an invitation link, rendered statically as in the app: what it offers to whom, and that accepting and
/// declining each ask again before they count.
/// </summary>
[Collection(JudgingAppCollection.Name)]
public sealed partial class JudgeInvitationPageTests(JudgingApp app) : JudgingComponentTest(app)
{
    [GeneratedRegex("/judging/invitations/([A-Za-z0-9_-]+)")]
    private static partial Regex Link();

    private async Task<string> InviteAsync(string email)
    {
        await using var scope = App.App.Services.CreateAsyncScope();
        var invited = await scope
            .ServiceProvider.GetRequiredService<JudgeInvitationService>()
            .InviteAsync(App.Manager, App["ranking"].Id, email);
        Assert.True(invited.Succeeded, invited.Violation?.ToString());
        var body = await App.App.WithDbAsync(db =>
            db.OutboxMessages.AsNoTracking()
                .Where(m => m.ToAddress == email && m.Kind == NotificationKind.JudgeInvitation)
                .Select(m => m.Body)
                .SingleAsync()
        );
        return Link().Match(body).Groups[1].Value;
    }

    private async Task<JudgeInvitationState> StateAsync(string email) =>
        (await App.App.WithDbAsync(db => db.JudgeInvitations.AsNoTracking().SingleAsync(i => i.Email == email))).State(DateTime.UtcNow);

    private IRenderedComponent<JudgeInvitationPage> Open(string token, ClaimsPrincipal? user = null) =>
        Show<JudgeInvitationPage>(p =>
            p.AddCascadingValue(new DefaultHttpContext { User = user ?? new ClaimsPrincipal(new ClaimsIdentity()) })
                .Add(x => x.Token, token)
        );

    private static IElement FormOf(IRenderedComponent<JudgeInvitationPage> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest("form")!;

    [Fact]
    public async Task A_newcomer_is_offered_a_judge_account_with_labelled_fields_and_a_made_up_link_nothing()
    {
        var email = $"prof-{Guid.NewGuid():N}@ntu.example.edu.cn";
        var page = Open(await InviteAsync(email));

        Assert.Contains(email, page.Find("[data-testid=judge-invitation-text]").TextContent);
        Assert.NotNull(page.Find("[data-testid=new-judge-accept]"));
        foreach (var name in new[] { "NewJudge.DisplayName", "NewJudge.Password", "DeclineReason" })
        {
            var input = page.Find($"input[name='{name}']");
            Assert.NotNull(page.Find($"label[for='{input.Id}']"));
        }

        Assert.Empty(page.FindAll("[data-testid=judge-invitation-accept]"));
        Assert.NotNull(Open("not-a-token").Find("[data-testid=invitation-invalid]"));
    }

    [Fact]
    public async Task Declining_asks_again_and_counts_only_once_confirmed()
    {
        var email = $"busy-{Guid.NewGuid():N}@example.org";
        var page = Open(await InviteAsync(email));

        FormOf(page, "judge-invitation-decline").Submit();
        Assert.Contains("The link stops working", page.Find("[data-testid=judge-invitation-confirm-decline]").TextContent);
        Assert.Equal(JudgeInvitationState.Pending, await StateAsync(email));
        Assert.EndsWith(
            "/judging/invitations/" + Uri.EscapeDataString(page.Instance.Token),
            page.Find("a.mud-button-root").GetAttribute("href")
        );

        FormOf(page, "judge-invitation-decline-confirm").Submit();

        page.WaitForElement("[data-testid=judge-invitation-declined]");
        Assert.Equal(JudgeInvitationState.Declined, await StateAsync(email));
    }

    [Fact]
    public async Task A_signed_in_expert_is_asked_to_confirm_before_joining_the_panel()
    {
        var (expert, email) = await App.App.NewUserAsync(Roles.Solver, displayName: "Dr. Gu 顾");
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, expert.UserId!)], "test"));
        var page = Open(await InviteAsync(email), user);
        Assert.Empty(page.FindAll("[data-testid=new-judge-accept]"));

        FormOf(page, "judge-invitation-accept").Submit();

        Assert.Contains("Join this panel?", page.Find("[data-testid=judge-invitation-confirm-accept]").TextContent);
        Assert.NotNull(page.Find("[data-testid=judge-invitation-accept-confirm]"));
        Assert.Empty(page.FindAll("[data-testid=judge-invitation-decline]"));
        Assert.Equal(JudgeInvitationState.Pending, await StateAsync(email));
    }
}
