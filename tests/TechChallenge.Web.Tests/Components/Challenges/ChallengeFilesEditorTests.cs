using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>The editor's files: a wrong type or an oversize file is refused with its message before a byte is stored.</summary>
[Collection(ChallengePagesCollection.Name)]
public sealed class ChallengeFilesEditorTests(SqliteAppFixture fixture) : ChallengePageTest(fixture)
{
    [Fact]
    public async Task A_file_of_a_type_not_accepted_is_refused_with_the_allowed_types()
    {
        var (editor, manager) = await EditorAsync("Files of the wrong type");

        editor.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromText("MZ", "setup.exe"));

        editor.WaitForAssertion(() =>
        {
            var error = editor.Find("[data-testid=file-error]").TextContent;
            Assert.Contains("Files of type .exe are not accepted", error);
            Assert.Contains(".pdf", error);
        });
        Assert.Empty((await Service<ChallengeAuthoring>().GetEditorAsync(manager, editor.Instance.Editor.Id))!.Attachments);
    }

    [Fact]
    public async Task An_oversize_cover_image_is_refused_with_the_limit()
    {
        var (editor, manager) = await EditorAsync("Oversize cover");

        editor.FindComponents<InputFile>()[1].UploadFiles(InputFileContent.CreateFromBinary(new byte[(5 * 1024 * 1024) + 1], "cover.png"));

        editor.WaitForAssertion(() => Assert.Contains("larger than 5 MB", editor.Find("[data-testid=file-error]").TextContent));
        Assert.Null((await Service<ChallengeAuthoring>().GetEditorAsync(manager, editor.Instance.Editor.Id))!.CoverImageId);
    }

    [Fact]
    public async Task An_accepted_attachment_is_listed_with_its_size_and_can_be_removed()
    {
        var (editor, manager) = await EditorAsync("Accepted attachment");
        var reloaded = 0;
        editor.Render(p =>
            p.Add(
                x => x.Changed,
                async () =>
                {
                    reloaded++;
                    var model = await Service<ChallengeAuthoring>().GetEditorAsync(manager, editor.Instance.Editor.Id);
                    editor.Render(q => q.Add(x => x.Editor, model!));
                }
            )
        );

        editor.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromText("Recovery rates by batch", "notes.txt"));

        editor.WaitForAssertion(() => Assert.Contains("notes.txt (23 bytes)", editor.Find("[data-testid=editor-attachment]").TextContent));
        Assert.Empty(editor.FindAll("[data-testid=file-error]"));
        Assert.Equal("Remove notes.txt", editor.Find("[data-testid=remove-file]").GetAttribute("aria-label"));
        editor.Find("[data-testid=remove-file]").Click();
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("[data-testid=editor-attachment]")));
        Assert.Equal(2, reloaded);
    }

    private async Task<(IRenderedComponent<ChallengeFilesEditor> Editor, Infrastructure.Security.Actor Manager)> EditorAsync(string title)
    {
        var id = await DraftAsync(title);
        var manager = await SignInAsync(DemoAccounts.NantongManager);
        var model = await Service<ChallengeAuthoring>().GetEditorAsync(manager, id);
        var editor = RenderInApp<ChallengeFilesEditor>(p => p.Add(x => x.Editor, model!).Add(x => x.Editable, true));
        return (editor, manager);
    }
}
