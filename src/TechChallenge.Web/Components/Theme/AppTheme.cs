using MudBlazor;

namespace TechChallenge.Web.Components.Theme;

/// <summary>
/// The one theme of the app: palette and typography for light and dark mode. Every colour that carries text was chosen
/// for WCAG AA contrast (4.5:1 against its contrast text and against the surface it sits on); the browser test with
/// axe-core checks the pages in both modes.
/// </summary>
public static class AppTheme
{
    /// <summary>
    /// System fonts only: no web font to download (a CJK font is several megabytes) and no layout shift when one
    /// arrives. Each platform's own Chinese face is named after its Latin one.
    /// </summary>
    public static readonly string[] FontFamily =
    [
        "system-ui",
        "-apple-system",
        "Segoe UI",
        "Roboto",
        "Helvetica Neue",
        "Arial",
        "PingFang SC",
        "Hiragino Sans GB",
        "Microsoft YaHei",
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "sans-serif",
    ];

    /// <summary>The theme the layout renders.</summary>
    public static MudTheme Create()
    {
        var theme = new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = "#1d4f91",
                PrimaryContrastText = "#ffffff",
                Secondary = "#7a3e00",
                SecondaryContrastText = "#ffffff",
                Tertiary = "#00695c",
                TertiaryContrastText = "#ffffff",
                Info = "#0a5a8f",
                InfoContrastText = "#ffffff",
                Success = "#1b6b34",
                SuccessContrastText = "#ffffff",
                Warning = "#8a4b00",
                WarningContrastText = "#ffffff",
                Error = "#b3261e",
                ErrorContrastText = "#ffffff",
                Dark = "#2b2f36",
                DarkContrastText = "#ffffff",
                TextPrimary = "#1b1f24",
                TextSecondary = "#4a5360",
                Background = "#f6f7f9",
                Surface = "#ffffff",
                AppbarBackground = "#1d4f91",
                AppbarText = "#ffffff",
                DrawerBackground = "#ffffff",
                DrawerText = "#1b1f24",
                DrawerIcon = "#4a5360",
                ActionDefault = "#4a5360",
                LinesInputs = "#6b7480",
            },
            PaletteDark = new PaletteDark
            {
                Primary = "#9cc3ff",
                PrimaryContrastText = "#0b1b33",
                Secondary = "#ffb877",
                SecondaryContrastText = "#2b1400",
                Tertiary = "#7fd6c8",
                TertiaryContrastText = "#002a25",
                Info = "#8fcfff",
                InfoContrastText = "#00233b",
                Success = "#8fd9a3",
                SuccessContrastText = "#002910",
                Warning = "#ffc27a",
                WarningContrastText = "#2e1900",
                Error = "#ffb4ab",
                ErrorContrastText = "#3b0907",
                Dark = "#d7dbe1",
                DarkContrastText = "#15181c",
                TextPrimary = "#e8eaed",
                TextSecondary = "#b7bec8",
                Background = "#15181c",
                Surface = "#1f2329",
                AppbarBackground = "#1f2329",
                AppbarText = "#e8eaed",
                DrawerBackground = "#1f2329",
                DrawerText = "#e8eaed",
                DrawerIcon = "#b7bec8",
                ActionDefault = "#b7bec8",
                LinesInputs = "#8a929d",
            },
        };
        theme.Typography.Default.FontFamily = FontFamily;
        return theme;
    }
}
