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

        var html = await renderer.RenderAsync<AutosaveAlert>(new Dictionary<string, object?>
        {
            ["Message"] = "Someone else saved this challenge.",
            ["EditedElsewhere"] = true,
            ["TestId"] = "editor-error",
        });

        Assert.Contains("Someone else saved this challenge.", html.QuerySelector("[data-testid=editor-error]")!.TextContent);
        Assert.NotNull(html.QuerySelector("[data-testid=editor-reload]"));
    }

    [Fact]
    public async Task Another_message_has_no_reload_and_no_message_shows_nothing()
    {
        await using var renderer = new ComponentRenderer("en-US");

        var refused = await renderer.RenderAsync<AutosaveAlert>(new Dictionary<string, object?>
        {
            ["Message"] = "Too long", ["TestId"] = "submit-error", ["ReloadTestId"] = "reload-proposal",
        });
        var quiet = await renderer.RenderAsync<AutosaveAlert>(new Dictionary<string, object?> { ["TestId"] = "submit-error" });

        Assert.NotNull(refused.QuerySelector("[data-testid=submit-error]"));
        Assert.Null(refused.QuerySelector("[data-testid=reload-proposal]"));
        Assert.Null(quiet.QuerySelector("[data-testid=submit-error]"));
    }

    [Theory]
    [InlineData("en-US", "Not found")]
    [InlineData("zh-CN", "未找到")]
    public async Task A_refused_call_shows_its_rule_message_in_the_viewers_language(string culture, string expected)
    {
        await using var renderer = new ComponentRenderer(culture, timeZone: "Asia/Shanghai");

        var html = await renderer.RenderAsync<CallingComponent>(new Dictionary<string, object?>
        {
            [nameof(CallingComponent.Answer)] = Outcome.Refused(RuleCodes.NotFound),
        });

        Assert.Contains(expected, html.QuerySelector("#error")!.TextContent);
        Assert.Equal("viewer", html.QuerySelector("#caller")!.TextContent);
        Assert.Equal("False", html.QuerySelector("#busy")!.TextContent);
    }

    [Fact]
    public async Task A_successful_call_clears_the_message_and_reloads()
    {
        await using var renderer = new ComponentRenderer("en-US", timeZone: "Asia/Shanghai");

        var html = await renderer.RenderAsync<CallingComponent>(new Dictionary<string, object?>
        {
            [nameof(CallingComponent.Answer)] = Outcome.Success,
        });

        Assert.Equal("", html.QuerySelector("#error")!.TextContent);
        Assert.Equal("True", html.QuerySelector("#reloaded")!.TextContent);
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
                });

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            Span(builder, 0, "error", Error ?? "");
            Span(builder, 10, "caller", caller ?? "");
            Span(builder, 20, "busy", Busy.ToString());
            Span(builder, 30, "reloaded", reloaded.ToString());
        }

        private static void Span(RenderTreeBuilder builder, int sequence, string id, string text)
        {
            builder.OpenElement(sequence, "span");
            builder.AddAttribute(sequence + 1, "id", id);
            builder.AddContent(sequence + 2, text);
            builder.CloseElement();
        }
    }
}
