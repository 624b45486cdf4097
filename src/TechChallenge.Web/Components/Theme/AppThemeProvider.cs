using System.Text;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace TechChallenge.Web.Components.Theme;

/// <summary>
/// MudBlazor's theme provider, rendered once for both modes: the light palette on <c>:root</c> and the dark one where the
/// system asks for it (<c>prefers-color-scheme</c>) unless the visitor chose otherwise (<c>data-theme</c> on the root
/// element, set from the theme cookie). Plain CSS, so dark mode follows the system on statically rendered pages too,
/// without a script round trip or a flash of the wrong colours.
/// </summary>
public sealed class AppThemeProvider : MudThemeProvider
{
    private static readonly MudTheme Light = AppTheme.Create();
    private static string? styles;

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        Theme = Light;
        base.OnInitialized();
    }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        styles ??= BuildStyles();
        builder.AddMarkupContent(0, styles);
    }

    private string BuildStyles()
    {
        var light = Variables(Light);
        // MudBlazor generates the variables of its light palette; a theme whose light palette is our dark one gives the
        // dark variables under the same names.
        var darkTheme = AppTheme.Create();
        darkTheme.PaletteLight = darkTheme.PaletteDark;
        var dark = Variables(darkTheme);
        Theme = Light;
        return $$$"""
            <style>
            :root{color-scheme:light;{{{light}}}}
            @media (prefers-color-scheme: dark){:root:not([data-theme=light]){color-scheme:dark;{{{dark}}}} }
            :root[data-theme=dark]{color-scheme:dark;{{{dark}}}}
            </style>
            """;
    }

    private string Variables(MudTheme theme)
    {
        Theme = theme;
        var css = new StringBuilder();
        GenerateTheme(css);
        return css.Replace(Environment.NewLine, string.Empty).Replace("\n", string.Empty).ToString();
    }
}
