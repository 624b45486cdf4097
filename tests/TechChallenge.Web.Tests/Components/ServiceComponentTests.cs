using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechChallenge.Domain.Common;

namespace TechChallenge.Web.Tests.Components;

/// <summary>The one way pages call services: the rule message in the viewer's language, the success snackbar, the confirmation.</summary>
public sealed class ServiceComponentTests : AppComponentTest
{
    [Fact]
    public void A_refused_call_shows_the_rule_message_and_no_success()
    {
        SignIn("solver-1", "Li Wei");
        var page = RenderInApp<ServiceCallProbe>(p => p.Add(x => x.Answer, Outcome.Refused(RuleCodes.ScoringClosed)));

        page.Find("[data-testid=call]").Click();

        page.WaitForAssertion(() =>
            Assert.Contains("judging window has closed", page.Find("[data-testid=error]").TextContent, StringComparison.OrdinalIgnoreCase)
        );
        Assert.Empty(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
    }

    [Fact]
    public void A_successful_call_clears_the_message_and_shows_its_success_text()
    {
        SignIn("solver-1", "Li Wei");
        var page = RenderInApp<ServiceCallProbe>();

        page.Find("[data-testid=call]").Click();

        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-testid=calls]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=error]"));
        Assert.Equal("Done", Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message);
    }

    [Fact]
    public void An_irreversible_call_runs_only_once_the_person_confirms()
    {
        SignIn("solver-1", "Li Wei");
        var page = RenderInApp<ServiceCallProbe>();
        var dialogs = Dialogs;

        page.Find("[data-testid=confirmed-call]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("cannot be edited", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        Assert.Equal("0", page.Find("[data-testid=calls]").TextContent);

        page.Find("[data-testid=confirmed-call]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("cannot be edited", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Submit").Click();
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-testid=calls]").TextContent));
    }
}
