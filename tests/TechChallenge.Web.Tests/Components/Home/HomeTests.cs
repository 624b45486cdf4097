using Bunit;

namespace TechChallenge.Web.Tests.Components.Home;

/// <summary>The home page: one heading, and its main button a real link to the (statically rendered) catalog.</summary>
public sealed class HomeTests : AppComponentTest
{
    [Fact]
    public void Browse_challenges_is_a_link_so_that_it_loads_the_static_catalog_from_an_interactive_page()
    {
        SignIn("solver-1", "Li Wei", roles: "Solver");

        var home = RenderInApp<Features.Home.Home>();

        var browse = home.Find("[data-testid=browse-challenges]");
        Assert.Equal("A", browse.TagName);
        Assert.Equal("/challenges", browse.GetAttribute("href"));
        Assert.Equal("Browse challenges", browse.TextContent.Trim());
        Assert.Single(home.FindAll("h1"));
        Assert.Equal(3, home.FindAll("h2").Count);
    }
}
