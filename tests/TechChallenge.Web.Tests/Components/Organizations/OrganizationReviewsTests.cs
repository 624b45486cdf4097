using Bunit;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Organizations;
using TechChallenge.Infrastructure.Organizations;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Organizations;

namespace TechChallenge.Web.Tests.Components.Organizations;

/// <summary>Platform admins approve the organisations that could not prove their domain, or reject them with a reason.</summary>
public sealed class OrganizationReviewsTests(SqliteAppFixture fixture) : SignedInPageTest(fixture)
{
    [Fact]
    public async Task Approving_asks_first_then_verifies_the_organisation_and_takes_it_off_the_list()
    {
        var (id, name) = await PendingOrganizationAsync();
        await SignInAsAsync(DemoAccounts.Admin);
        var page = RenderPage<OrganizationReviews>();
        var dialogs = DialogHost;

        Card(page, name).QuerySelector("[data-testid=approve-organization]")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains($"Approve {name}", dialogs.Find(".mud-dialog").TextContent));
        Answer(dialogs, "Approve");

        page.WaitForAssertion(() =>
            Assert.DoesNotContain(page.FindAll("[data-testid=pending-organization]"), c => c.TextContent.Contains(name))
        );
        Assert.Equal(OrganizationVerification.AdminApproved, (await StateAsync(id)).Verification);
        Assert.Contains("Organisation approved.", Snackbars);
    }

    [Fact]
    public async Task A_rejection_without_a_reason_is_refused_at_once_with_the_rule()
    {
        var (id, name) = await PendingOrganizationAsync();
        await SignInAsAsync(DemoAccounts.Admin);
        var page = RenderPage<OrganizationReviews>();
        var dialogs = DialogHost;

        Card(page, name).QuerySelector("[data-testid=reject-organization]")!.Click();

        page.WaitForAssertion(() => Assert.Contains("Say what needs to change", page.Find("[data-testid=approval-error]").TextContent));
        Assert.Empty(dialogs.FindAll(".mud-dialog"));
        Assert.Equal(OrganizationVerification.Pending, (await StateAsync(id)).Verification);
    }

    [Fact]
    public async Task A_rejection_shows_its_reason_in_the_question_and_keeps_it_for_the_founder()
    {
        var (id, name) = await PendingOrganizationAsync();
        await SignInAsAsync(DemoAccounts.Admin);
        var page = RenderPage<OrganizationReviews>();
        var dialogs = DialogHost;

        Card(page, name).QuerySelector("[data-testid=review-note]")!.Change("No such institute in the national register.");
        Card(page, name).QuerySelector("[data-testid=reject-organization]")!.Click();
        dialogs.WaitForAssertion(() =>
            Assert.Contains("“No such institute in the national register.”", dialogs.Find(".mud-dialog").TextContent)
        );
        Answer(dialogs, "Reject");

        page.WaitForAssertion(() =>
            Assert.DoesNotContain(page.FindAll("[data-testid=pending-organization]"), c => c.TextContent.Contains(name))
        );
        Assert.Equal((OrganizationVerification.Rejected, "No such institute in the national register."), await StateAsync(id));
    }

    private async Task<(Guid Id, string Name)> PendingOrganizationAsync()
    {
        var (founder, _) = await App.NewUserAsync(Roles.Solver);
        var name = $"Institute {Guid.NewGuid().ToString("N")[..8]}";
        var input = new OrganizationInput(name, "研究所", SolverOrganizationKind.ResearchInstitute, null);
        return ((await UseAsync<OrganizationService, Outcome<Guid>>(o => o.RegisterAsync(founder, input))).Value, name);
    }

    private static AngleSharp.Dom.IElement Card(IRenderedComponent<OrganizationReviews> page, string name) =>
        WaitFor(page, () => page.FindAll("[data-testid=pending-organization]").Single(c => c.TextContent.Contains(name)));

    private Task<(OrganizationVerification Verification, string? Note)> StateAsync(Guid id) =>
        App.WithDbAsync(async db =>
        {
            var organization = await db.SolverOrganizations.AsNoTracking().SingleAsync(o => o.Id == id);
            return (organization.Verification, organization.ReviewNote);
        });
}
