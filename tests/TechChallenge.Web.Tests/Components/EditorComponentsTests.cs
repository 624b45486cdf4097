using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

/// <summary>The editors' message as the proposal editor uses it.</summary>
public class EditorComponentsTests
{
    [Fact]
    public async Task Another_message_has_no_reload_and_no_message_shows_nothing()
    {
        await using var renderer = new ComponentRenderer("en-US");

        var refused = await renderer.RenderAsync<AutosaveAlert>(
            new Dictionary<string, object?>
            {
                ["Message"] = "Too long",
                ["TestId"] = "submit-error",
                ["ReloadTestId"] = "reload-proposal",
            }
        );
        var quiet = await renderer.RenderAsync<AutosaveAlert>(new Dictionary<string, object?> { ["TestId"] = "submit-error" });

        Assert.NotNull(refused.QuerySelector("[data-testid=submit-error]"));
        Assert.Null(refused.QuerySelector("[data-testid=reload-proposal]"));
        Assert.Null(quiet.QuerySelector("[data-testid=submit-error]"));
    }
}
