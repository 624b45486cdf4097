using Bunit;
using TechChallenge.Domain.Common;

namespace TechChallenge.Web.Tests.Components;

/// <summary>A service call as pages make it: as the signed-in person, the rule in the viewer's language, then the reload.</summary>
public sealed class ServiceComponentCallTests
{
    [Theory]
    [InlineData("en-US", "Not found")]
    [InlineData("zh-CN", "未找到")]
    public async Task A_refused_call_shows_its_rule_message_in_the_viewers_language(string culture, string expected)
    {
        await using var context = new Context(culture);

        var page = context.Call(Outcome.Refused(RuleCodes.NotFound));

        page.WaitForAssertion(() => Assert.Equal("True", page.Find("[data-testid=reloaded]").TextContent));
        Assert.Contains(expected, page.Find("[data-testid=error]").TextContent);
        Assert.Equal("solver-1", page.Find("[data-testid=caller]").TextContent);
        Assert.Equal("False", page.Find("[data-testid=busy]").TextContent);
    }

    [Fact]
    public async Task A_successful_call_leaves_no_message_and_still_reloads()
    {
        await using var context = new Context("en-US");

        var page = context.Call(Outcome.Success);

        page.WaitForAssertion(() => Assert.Equal("True", page.Find("[data-testid=reloaded]").TextContent));
        Assert.Equal("", page.Find("[data-testid=error]").TextContent);
    }

    private sealed class Context(string culture) : AppComponentTest(culture)
    {
        public IRenderedComponent<CallOnOpenProbe> Call(Outcome answer)
        {
            SignIn("solver-1", "Li Wei");
            return RenderInApp<CallOnOpenProbe>(p => p.Add(x => x.Answer, answer));
        }
    }
}
