using System.Globalization;
using Microsoft.Extensions.Localization;

namespace TechChallenge.Web.Features.Shared;

/// <summary>A file's size as people read it: "512 bytes", "24 KB", "3.4 MB" (a small file is never "0 KB").</summary>
public static class FileSizeText
{
    private const long Kilobyte = 1024;
    private const long Megabyte = 1024 * Kilobyte;

    public static string Format(long bytes, IStringLocalizer localizer) =>
        bytes switch
        {
            < Kilobyte => CountText.Format(localizer, "FileSize.Bytes", (int)bytes),
            < Megabyte => localizer["FileSize.KB", Math.Round(bytes / (double)Kilobyte, MidpointRounding.AwayFromZero)],
            _ => localizer["FileSize.MB", (bytes / (double)Megabyte).ToString("0.#", CultureInfo.CurrentCulture)],
        };
}
