using Bunit;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

/// <summary>The editors' message: nothing without one, and the reload only when the record was edited elsewhere.</summary>
public sealed class AutosaveAlertTests : AppComponentTest
{
    [Fact]
    public void Without_a_message_nothing_is_shown()
    {
        var alert = RenderInApp<AutosaveAlert>(p => p.Add(x => x.TestId, "editor-error"));

        Assert.Empty(alert.FindAll("[data-testid=editor-error]"));
    }

    [Fact]
    public void A_refused_save_is_shown_without_a_reload()
    {
        var alert = RenderInApp<AutosaveAlert>(p => p.Add(x => x.TestId, "editor-error").Add(x => x.Message, "Too long"));

        Assert.Contains("Too long", alert.Find("[data-testid=editor-error]").TextContent);
        Assert.Empty(alert.FindAll("[data-testid=editor-reload]"));
    }

    [Fact]
    public void An_edit_made_elsewhere_offers_the_reload_and_it_calls_the_page()
    {
        var reloaded = 0;
        var alert = RenderInApp<AutosaveAlert>(p =>
            p.Add(x => x.TestId, "editor-error")
                .Add(x => x.Message, "Edited elsewhere")
                .Add(x => x.EditedElsewhere, true)
                .Add(x => x.Reload, () => reloaded++)
        );

        alert.Find("[data-testid=editor-reload]").Click();

        Assert.Equal(1, reloaded);
    }
}
