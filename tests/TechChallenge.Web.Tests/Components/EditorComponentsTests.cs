using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using TechChallenge.Domain.Common;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

/// <summary>The shared page mechanics: the editors' message with its reload, and one service call with its answer.</summary>
public class EditorComponentsTests
{
    [Fact]
    public async Task A_record_edited_elsewhere_shows_the_message_with_the_reload_button()
    {
        await using var renderer = new ComponentRenderer("en-US");

        var html = await renderer.RenderAsync<AutosaveAlert>(
            new Dictionary<string, object?>
            {
                ["Message"] = "Someone else saved this challenge.",
                ["EditedElsewhere"] = true,
                ["TestId"] = "editor-error",
            }
        );

        Assert.Contains("Someone else saved this challenge.", html.QuerySelector("[data-testid=editor-error]")!.TextContent);
        Assert.NotNull(html.QuerySelector("[data-testid=editor-reload]"));
    }

    [Theory]
    [InlineData("en-US", "Not found")]
    [InlineData("zh-CN", "未找到")]
    public async Task A_refused_call_shows_its_rule_message_in_the_viewers_language(string culture, string expected)
    {
        await using var renderer = new ComponentRenderer(culture, timeZone: "Asia/Shanghai");

        var html = await renderer.RenderAsync<CallingComponent>(
            new Dictionary<string, object?> { [nameof(CallingComponent.Answer)] = Outcome.Refused(RuleCodes.NotFound) }
        );

        var (error, caller, busy, reloaded) = Read(html);
        Assert.Contains(expected, error);
        Assert.Equal("viewer", caller);
        Assert.Equal("False", busy);
        Assert.Equal("True", reloaded);
    }

    [Fact]
    public async Task A_successful_call_leaves_no_message()
    {
        await using var renderer = new ComponentRenderer("en-US", timeZone: "Asia/Shanghai");

        var html = await renderer.RenderAsync<CallingComponent>(
            new Dictionary<string, object?> { [nameof(CallingComponent.Answer)] = Outcome.Success }
        );

        var (error, _, _, reloaded) = Read(html);
        Assert.Equal("", error);
        Assert.Equal("True", reloaded);
    }

    private static (string Error, string Caller, string Busy, string Reloaded) Read(AngleSharp.Html.Dom.IHtmlDocument html)
    {
        var parts = html.QuerySelector("output")!.TextContent.Split('|');
        return (parts[0], parts[1], parts[2], parts[3]);
    }

    /// <summary>A page that makes one call when it opens and shows what <see cref="ServiceComponent"/> made of it.</summary>
    public sealed class CallingComponent : ServiceComponent
    {
        private string? caller;
        private bool reloaded;

        [Parameter]
        public Outcome Answer { get; set; } = Outcome.Success;

        protected override async Task OnInitializedAsync() =>
            await RunAsync(
                actor =>
                {
                    caller = actor.UserId;
                    return Task.FromResult(Answer);
                },
                reload: () =>
                {
                    reloaded = true;
                    return Task.CompletedTask;
                }
            );

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "output");
            builder.AddContent(1, string.Join('|', Error ?? "", caller ?? "", Busy, reloaded));
            builder.CloseElement();
        }
    }
}
