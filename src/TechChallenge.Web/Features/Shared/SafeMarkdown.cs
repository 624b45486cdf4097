using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TechChallenge.Web.Features.Shared;

/// <summary>
/// Renders authors' Markdown for other people's browsers: raw HTML is shown as text, never executed, and links and
/// images keep only http, https and mailto targets (anything else, such as javascript:, becomes plain text).
/// </summary>
public static class SafeMarkdown
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// Authors' text is always shown under one of the page's section headings (an h2), so its own outline starts one
    /// level below: "# Background" becomes an h3, never a second page title for a screen reader's outline.
    /// </summary>
    private const int FirstHeadingLevel = 3;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + FirstHeadingLevel - 1);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsAllowed(link.Url))
            {
                Defuse(link);
            }
            else
            {
                // Outside links open safely: no access to this page, no referrer.
                link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail && !IsAllowed(a.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    public static bool IsAllowed(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && AllowedSchemes.Contains(uri.Scheme);

    /// <summary>Replaces a forbidden link by its text, keeping what the author wrote readable.</summary>
    private static void Defuse(LinkInline link)
    {
        var text = new ContainerInline();
        if (link.IsImage)
        {
            text.AppendChild(new LiteralInline(link.Label ?? ""));
        }
        else
        {
            while (link.FirstChild is { } child)
            {
                child.Remove();
                text.AppendChild(child);
            }
        }

        link.ReplaceBy(text);
    }
}
