namespace TechChallenge.Infrastructure.Storage;

public sealed class FileStorageOptions
{
    /// <summary>Folder for uploaded files, outside the web root. Relative paths are under the data folder.</summary>
    public string Path { get; set; } = "files";

    /// <summary>Largest accepted attachment, in bytes (default 20 MiB).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    public static readonly string[] DefaultExtensions =
    [
        ".pdf",
        ".docx",
        ".doc",
        ".pptx",
        ".xlsx",
        ".txt",
        ".png",
        ".jpg",
        ".jpeg",
        ".zip",
    ];

    public static readonly string[] DefaultImageExtensions = [".png", ".jpg", ".jpeg", ".webp"];

    /// <summary>
    /// Accepted attachment extensions (with the dot); empty for <see cref="DefaultExtensions"/>. The defaults are not
    /// the property's initial value: configuration binding would add a configured list to them instead of replacing them.
    /// </summary>
    public string[] AllowedExtensions { get; set; } = [];

    /// <summary>All the files of one proposal together, in bytes (default 100 MiB).</summary>
    public long MaxProposalBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Largest accepted image (a challenge's cover), in bytes (default 5 MiB).</summary>
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Accepted image extensions; empty for <see cref="DefaultImageExtensions"/>.</summary>
    public string[] AllowedImageExtensions { get; set; } = [];
}
