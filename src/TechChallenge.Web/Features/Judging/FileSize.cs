using System.Globalization;
using Microsoft.Extensions.Localization;

namespace TechChallenge.Web.Features.Judging;

/// <summary>A file's size as people read it: bytes below a kilobyte (never "0 KB"), then KB and MB.</summary>
public static class FileSize
{
    public static string Format(long bytes, IStringLocalizer localizer) =>
        bytes switch
        {
            < 1024 => localizer["Judging.FileBytes", bytes],
            < 1024 * 1024 => localizer["Judging.FileKilobytes", (bytes / 1024.0).ToString("0.#", CultureInfo.CurrentCulture)],
            _ => localizer["Judging.FileMegabytes", (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.CurrentCulture)],
        };
}
