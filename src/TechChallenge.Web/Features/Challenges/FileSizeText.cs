using System.Globalization;

namespace TechChallenge.Web.Features.Challenges;

/// <summary>A file's size as people read it: a file under 1 KB is shown in bytes, not as "0 KB".</summary>
public static class FileSizeText
{
    public static string Format(long bytes) =>
        bytes switch
        {
            < 1024 => $"{bytes} B",
            < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        };
}
