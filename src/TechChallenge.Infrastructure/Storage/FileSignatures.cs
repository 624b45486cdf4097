namespace TechChallenge.Infrastructure.Storage;

/// <summary>
/// Content sniffing: the first bytes of a file must fit its extension, and no file may be a Windows or Linux program
/// whatever it is called. Office files are ZIP (OOXML) or OLE compound documents.
/// </summary>
public static class FileSignatures
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] Webp = "WEBP"u8.ToArray();
    private static readonly byte[] WindowsProgram = "MZ"u8.ToArray();
    private static readonly byte[] LinuxProgram = [0x7F, 0x45, 0x4C, 0x46];

    /// <param name="extension">Lower case, with the dot.</param>
    /// <param name="head">The file's first bytes (at least 12 where the file has them).</param>
    public static bool Matches(string extension, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(WindowsProgram) || head.StartsWith(LinuxProgram))
        {
            return false;
        }

        return extension switch
        {
            ".pdf" => head.StartsWith(Pdf),
            ".png" => head.StartsWith(Png),
            ".jpg" or ".jpeg" => head.StartsWith(Jpeg),
            ".webp" => head.StartsWith(Riff) && head.Length >= 12 && head[8..12].SequenceEqual(Webp),
            ".zip" or ".docx" or ".xlsx" or ".pptx" => head.StartsWith(Zip) || head.StartsWith(EmptyZip),
            ".doc" or ".xls" or ".ppt" => head.StartsWith(Ole),
            ".txt" or ".csv" or ".md" => !head.Contains((byte)0),
            // Types without a known signature are allowed only by configuration; they still pass the program check.
            _ => true,
        };
    }
}
