using System.Text;
using Bunit;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Proposals;

namespace TechChallenge.Web.Tests.Components.Proposals;

/// <summary>The solver's receipt names the team and the organisation behind it; a submitted version lists its files.</summary>
[Collection(ProposalAppCollection.Name)]
public sealed class ReceiptTests(SqliteAppFixture fixture) : SolverPageTest(fixture)
{
    private static UploadedFile Pdf(string name, string text) =>
        new(name, "application/pdf", text.Length, () => new MemoryStream(Encoding.ASCII.GetBytes(text)));

    private async Task<(SubmittedVersion Version, Infrastructure.Security.Actor Solver)> SubmittedByAnOrganisationAsync(
        IReadOnlyList<UploadedFile>? files = null
    )
    {
        var organization = await OrganizationAsync($"Southeast University {Guid.NewGuid():N}"[..30], "东南大学");
        var solver = await SolverAsync("Wang Fang", organization);
        return (await SubmitAsync(solver, await ChallengeAsync(DateTime.UtcNow.AddDays(5)), files: files), solver);
    }

    [Fact]
    public async Task The_receipt_shows_the_team_and_its_organisation_not_only_the_leads_name()
    {
        var (version, solver) = await SubmittedByAnOrganisationAsync();
        SignIn(solver, "Wang Fang");

        var page = RenderInApp<ReceiptPage>(p => p.Add(x => x.Id, version.ProposalId).Add(x => x.Version, 1));

        page.WaitForElement("[data-testid=submit-receipt]");
        Assert.Equal("Team: Wang Fang", page.Find("[data-testid=receipt-team]").TextContent.Trim());
        Assert.StartsWith("Organisation: Southeast University", page.Find("[data-testid=receipt-organization]").TextContent.Trim());
        Assert.Matches(@"Organisation: Southeast University \w+\r?\n", page.Find("[data-testid=receipt-text]").TextContent);
    }

    [Fact]
    public async Task A_small_file_shows_its_size_in_bytes_and_a_pdf_opens_in_the_browser_as_well_as_downloads()
    {
        var (version, solver) = await SubmittedByAnOrganisationAsync([Pdf("pilot-results.pdf", "%PDF-1.4 pilot results")]);
        SignIn(solver, "Wang Fang");

        var page = RenderInApp<ProposalDetails>(p => p.Add(x => x.Id, version.ProposalId));

        var file = page.WaitForElement("[data-testid=attachment]");
        Assert.Equal("22 bytes", file.QuerySelector("[data-testid=attachment-size]")!.TextContent.Trim());
        var view = file.QuerySelector("[data-testid=attachment-view]")!;
        Assert.Matches(@"^/files/attachments/[0-9a-f-]{36}/view$", view.GetAttribute("href"));
        Assert.Equal("_blank", view.GetAttribute("target"));
        Assert.Equal("View pilot-results.pdf in the browser", view.GetAttribute("aria-label"));
        var download = file.QuerySelector("[data-testid=attachment-link]")!;
        Assert.Matches(@"^/files/attachments/[0-9a-f-]{36}$", download.GetAttribute("href"));
        Assert.True(download.HasAttribute("download"));
    }
}
