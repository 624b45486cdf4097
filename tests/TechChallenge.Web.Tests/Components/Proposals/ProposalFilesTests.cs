using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using TechChallenge.Domain.Challenges;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Proposals;

namespace TechChallenge.Web.Tests.Components.Proposals;

/// <summary>The editor's files: uploaded to the draft at once, refused with the rule's own words, never weakened.</summary>
[Collection(ProposalAppCollection.Name)]
public sealed class ProposalFilesTests(SqliteAppFixture fixture) : SolverPageTest(fixture)
{
    private async Task<(Guid ChallengeId, IRenderedComponent<ProposalEditor> Page, Infrastructure.Security.Actor Solver)> OpenAsync()
    {
        // The challenge narrows the platform's rules: PDFs and PNGs of at most 1 MB.
        var challengeId = await ChallengeAsync(DateTime.UtcNow.AddDays(5), files: new SubmissionFileRules(1, 5, ".pdf,.png"));
        var solver = await SolverAsync();
        SignIn(solver, "Li Wei");
        var page = RenderInApp<ProposalEditor>(p => p.Add(x => x.ChallengeId, challengeId));
        page.WaitForElement("[data-testid=add-files]");
        return (challengeId, page, solver);
    }

    private static void Upload(IRenderedComponent<ProposalEditor> page, params InputFileContent[] files) =>
        page.FindComponent<InputFile>().UploadFiles(files);

    private static InputFileContent Pdf(string name, int bytes) =>
        InputFileContent.CreateFromBinary([.. "%PDF-1.7\n"u8.ToArray(), .. new byte[bytes - 9]], name, contentType: "application/pdf");

    [Fact]
    public async Task A_pdf_is_added_to_the_draft_with_its_size_and_hash_and_the_rules_are_stated()
    {
        var (challengeId, page, solver) = await OpenAsync();
        Assert.Contains("Up to 1 MB per file; allowed types: .pdf .png", page.Find("[data-testid=attachment-rules]").TextContent);

        Upload(page, Pdf("pilot-results.pdf", 700));

        var file = page.WaitForElement("[data-testid=draft-attachment]", TimeSpan.FromSeconds(10));
        Assert.Equal("pilot-results.pdf", file.QuerySelector("[data-testid=attachment-name]")!.TextContent.Trim());
        Assert.Equal("700 bytes", file.QuerySelector("[data-testid=attachment-size]")!.TextContent.Trim());
        var draft = (await DraftAsync(solver, challengeId))!;
        Assert.Contains(draft.Attachments.Single().Sha256, file.TextContent);
        Assert.Empty(page.FindAll("[data-testid=upload-progress]"));
        Assert.Single(page.FindComponents<InputFile>());
    }

    [Fact]
    public async Task A_file_too_large_or_of_another_type_is_refused_with_the_rule_and_the_others_still_upload()
    {
        var (challengeId, page, solver) = await OpenAsync();

        Upload(
            page,
            InputFileContent.CreateFromText("MZ not a document", "setup.exe"),
            Pdf("raw-data.pdf", 1024 * 1024 + 1),
            Pdf("summary.pdf", 2048)
        );

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=draft-attachment]")), TimeSpan.FromSeconds(10));
        var problems = page.Find("[data-testid=upload-error]").TextContent;
        Assert.Contains("setup.exe: Files of type .exe are not accepted. Allowed: .pdf, .png", problems);
        Assert.Contains("raw-data.pdf: The file is larger than 1 MB.", problems);
        Assert.Equal("2 KB", page.Find("[data-testid=attachment-size]").TextContent.Trim());
        Assert.Equal(["summary.pdf"], (await DraftAsync(solver, challengeId))!.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public async Task A_renamed_file_is_refused_by_the_server_after_the_upload()
    {
        var (challengeId, page, solver) = await OpenAsync();

        Upload(page, InputFileContent.CreateFromBinary(Encoding.ASCII.GetBytes("just text, not a PDF"), "fake.pdf"));

        page.WaitForAssertion(
            () => Assert.Contains("fake.pdf: The file's content is not a .pdf file.", page.Find("[data-testid=upload-error]").TextContent),
            TimeSpan.FromSeconds(10)
        );
        Assert.Empty((await DraftAsync(solver, challengeId))!.Attachments);
    }

    [Fact]
    public async Task A_file_is_removed_from_the_draft()
    {
        var (challengeId, page, solver) = await OpenAsync();
        Upload(page, Pdf("old.pdf", 500));
        page.WaitForElement("[data-testid=remove-attachment]", TimeSpan.FromSeconds(10));
        Assert.Equal("Remove old.pdf", page.Find("[data-testid=remove-attachment]").GetAttribute("aria-label"));

        page.Find("[data-testid=remove-attachment]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=draft-attachment]")), TimeSpan.FromSeconds(10));
        Assert.Empty((await DraftAsync(solver, challengeId))!.Attachments);
    }
}
