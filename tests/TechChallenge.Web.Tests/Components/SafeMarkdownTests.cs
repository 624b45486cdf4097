using AngleSharp.Html.Parser;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

public class SafeMarkdownTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        new HtmlParser().ParseDocument(SafeMarkdown.ToHtml(markdown));

    [Fact]
    public void Markdown_is_rendered()
    {
        var html = Render("## Targets\n\n- Yield **≥ 15 %**\n- D/G < 0.3\n\n| Scale | Yield |\n|---|---|\n| 50 kg | 15 % |");

        Assert.Equal("Targets", html.QuerySelector("h4")!.TextContent);
        Assert.Equal(["Yield ≥ 15 %", "D/G < 0.3"], html.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal("≥ 15 %", html.QuerySelector("strong")!.TextContent);
        Assert.Equal("50 kg", html.QuerySelector("table td")!.TextContent);
    }

    [Fact]
    public void Authors_headings_nest_under_the_pages_section_heading()
    {
        var html = Render("# Background\n\ntext\n\n### Detail\n\n###### Deepest");

        Assert.Empty(html.QuerySelectorAll("h1, h2"));
        Assert.Equal(["H3", "H5", "H6"], html.QuerySelectorAll("h3, h4, h5, h6").Select(h => h.TagName));
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Text <iframe src=\"https://evil.example\"></iframe> more")]
    [InlineData("<div onclick=\"steal()\">click</div>")]
    public void Raw_html_is_shown_as_text_never_as_elements(string markdown)
    {
        var html = Render(markdown);

        Assert.Empty(html.QuerySelectorAll("script, iframe, img, div[onclick]"));
        // What the author typed is still readable, as text.
        Assert.Contains("<", html.Body!.TextContent);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](/relative/path)")]
    [InlineData("[click](ftp://files.example/x)")]
    public void Links_to_other_schemes_become_plain_text(string markdown)
    {
        var html = Render(markdown);

        Assert.Empty(html.QuerySelectorAll("a"));
        Assert.Equal("click", html.Body!.TextContent.Trim());
    }

    [Fact]
    public void Images_with_a_forbidden_source_keep_only_their_description()
    {
        var html = Render("![diagram](javascript:alert(1)) and ![photo](https://example.org/p.png)");

        var image = Assert.Single(html.QuerySelectorAll("img"));
        Assert.Equal("https://example.org/p.png", image.GetAttribute("src"));
        Assert.Contains("diagram", html.Body!.TextContent);
    }

    [Theory]
    [InlineData("[site](https://www.ntv.edu.cn)", "https://www.ntv.edu.cn")]
    [InlineData("[site](http://example.org/a?b=1)", "http://example.org/a?b=1")]
    [InlineData("[mail](mailto:contact@techchallenge.demo)", "mailto:contact@techchallenge.demo")]
    [InlineData("See https://example.org/spec", "https://example.org/spec")]
    public void Http_https_and_mailto_links_stay_and_open_without_referrer(string markdown, string href)
    {
        var link = Assert.Single(Render(markdown).QuerySelectorAll("a"));

        Assert.Equal(href, link.GetAttribute("href"));
        if (!href.StartsWith("mailto:", StringComparison.Ordinal))
        {
            Assert.Contains("noopener", link.GetAttribute("rel"));
        }
    }
}
