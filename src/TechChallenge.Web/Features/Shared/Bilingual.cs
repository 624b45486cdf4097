using System.Globalization;

namespace TechChallenge.Web.Features.Shared;

/// <summary>Names stored in both languages (sub-centers, fields): the one for the viewer's language.</summary>
public static class Bilingual
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static string Pick(string english, string chinese) => IsChinese ? chinese : english;
}
