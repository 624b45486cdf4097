using Bunit;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Organizations;
using TechChallenge.Infrastructure.Organizations;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.SubCenters;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Organizations;

namespace TechChallenge.Web.Tests.Components.Organizations;

/// <summary>A solver's organisation: registering one, inviting members, naming administrators, removing members.</summary>
public sealed class MyOrganizationTests(SqliteAppFixture fixture) : SignedInPageTest(fixture)
{
    [Fact]
    public async Task A_solver_without_an_organisation_registers_one_and_it_waits_for_approval()
    {
        var (_, email) = await App.NewUserAsync(Roles.Solver);
        await SignInAsAsync(email);
        var page = RenderPage<MyOrganization>();

        page.WaitForElement("[data-testid=org-name]").Change("Jiangnan Materials Lab");
        page.Find("[data-testid=org-name-zh]").Change("江南材料实验室");
        page.Find("[data-testid=org-create-submit]").Click();

        page.WaitForAssertion(() => Assert.Equal("Jiangnan Materials Lab", page.Find("[data-testid=org-heading]").TextContent.Trim()));
        Assert.Equal(nameof(OrganizationVerification.Pending), page.Find("[data-testid=org-verification]").GetAttribute("data-status"));
        Assert.Contains("Waiting for approval", page.Find("[data-testid=org-verification]").TextContent);
    }

    [Fact]
    public async Task An_administrator_invites_a_member_and_sees_the_link_and_the_pending_invitation()
    {
        await VerifiedOrganizationAsync();
        var page = RenderPage<MyOrganization>();

        page.WaitForElement("[data-testid=org-invite-email]").Change("Wang.Fang@Example.org");
        page.Find("[data-testid=org-invite-submit]").Click();

        page.WaitForAssertion(() =>
            Assert.StartsWith("http://localhost/organizations/join/", page.Find("[data-testid=org-invite-link]").TextContent)
        );
        Assert.Contains("wang.fang@example.org", page.Find("[data-testid=org-invitation]").TextContent);
        Assert.Equal("", page.Find("[data-testid=org-invite-email]").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task An_invitation_to_a_malformed_address_is_refused_with_the_reason()
    {
        await VerifiedOrganizationAsync();
        var page = RenderPage<MyOrganization>();

        page.WaitForElement("[data-testid=org-invite-email]").Change("wang.fang at example");
        page.Find("[data-testid=org-invite-submit]").Click();

        page.WaitForAssertion(() => Assert.Equal("Enter a valid e-mail address.", page.Find("[data-testid=org-error]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=org-invite-link]"));
    }

    [Fact]
    public async Task An_administrator_names_a_member_administrator_and_removes_one_after_confirming()
    {
        var (founder, _) = await VerifiedOrganizationAsync();
        var colleague = await MemberAsync(founder, "Chen Jie");
        var leaving = await MemberAsync(founder, "Zhou Lin");
        var page = RenderPage<MyOrganization>();
        var dialogs = DialogHost;

        Row(page, "Chen Jie").QuerySelector("[data-testid=org-set-role]")!.Click();
        page.WaitForAssertion(() => Assert.Equal(nameof(OrganizationRole.Admin), RoleShown(page, "Chen Jie")));
        Assert.Equal(OrganizationRole.Admin, await RoleAsync(colleague));

        Row(page, "Zhou Lin").QuerySelector("[data-testid=org-remove]")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Remove Zhou Lin from the organisation?", dialogs.Find(".mud-dialog").TextContent));
        Answer(dialogs, "Cancel");
        Assert.Equal(OrganizationRole.Member, await RoleAsync(leaving));

        Row(page, "Zhou Lin").QuerySelector("[data-testid=org-remove]")!.Click();
        Answer(dialogs, "Remove");
        page.WaitForAssertion(() =>
            Assert.DoesNotContain(page.FindAll("[data-testid=org-member]"), m => m.TextContent.Contains("Zhou Lin"))
        );
        Assert.Null(await RoleAsync(leaving));
    }

    [Fact]
    public async Task The_last_administrator_cannot_leave_and_is_told_why()
    {
        await VerifiedOrganizationAsync();
        var page = RenderPage<MyOrganization>();
        var dialogs = DialogHost;

        page.WaitForElement("[data-testid=org-leave]").Click();
        Answer(dialogs, "Leave");

        page.WaitForAssertion(() => Assert.Contains("at least one administrator", page.Find("[data-testid=org-error]").TextContent));
    }

    /// <summary>A new solver founds an organisation that an admin approves, and is signed in as its administrator.</summary>
    private async Task<(Actor Founder, Guid OrganizationId)> VerifiedOrganizationAsync()
    {
        var (founder, email) = await App.NewUserAsync(Roles.Solver, displayName: "Li Wei");
        var input = new OrganizationInput($"Lab {Guid.NewGuid():N}", "实验室", SolverOrganizationKind.University, null);
        var organizationId = (await UseAsync<OrganizationService, Outcome<Guid>>(o => o.RegisterAsync(founder, input))).Value;
        var admin = await App.ActorAsync(DemoAccounts.Admin);
        Assert.True((await UseAsync<OrganizationService, Outcome>(o => o.ReviewAsync(admin, organizationId, true, null))).Succeeded);
        return (await SignInAsAsync(email), organizationId);
    }

    /// <summary>A solver who accepted an invitation from <paramref name="admin"/>'s organisation; answers their user id.</summary>
    private async Task<string> MemberAsync(Actor admin, string name)
    {
        var (member, email) = await App.NewUserAsync(Roles.Solver, displayName: name);
        var invited = await UseAsync<OrganizationMembers, Outcome<CreatedInvitation>>(m => m.InviteAsync(admin, email));
        Assert.True((await UseAsync<OrganizationMembers, Outcome>(m => m.AcceptInvitationAsync(member, invited.Value.Token))).Succeeded);
        return member.UserId!;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<MyOrganization> page, string name) =>
        WaitFor(page, () => page.FindAll("[data-testid=org-members] tbody tr").Single(r => r.TextContent.Contains(name)));

    private static string? RoleShown(IRenderedComponent<MyOrganization> page, string name) =>
        Row(page, name).QuerySelector("[data-testid=org-member]")!.GetAttribute("data-role");

    private Task<OrganizationRole?> RoleAsync(string userId) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.OrganizationRole).SingleAsync());
}
