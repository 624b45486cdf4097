using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Tests.Storage;

public sealed class FileStorageTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "techchallenge-storage-tests", Guid.NewGuid().ToString("N"));

    private FileStorage Storage(long maxBytes = 1024) =>
        new(
            Options.Create(new FileStorageOptions { MaxFileBytes = maxBytes, AllowedExtensions = [".pdf", ".txt"] }),
            new DataFolder(folder)
        );

    [Fact]
    public void A_configured_list_of_types_replaces_the_defaults_rather_than_adding_to_them()
    {
        var configured = new FileStorageOptions();
        new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["AllowedExtensions:0"] = ".PDF",
                    ["AllowedExtensions:1"] = ".pdf",
                    ["AllowedExtensions:2"] = ".zip",
                }
            )
            .Build()
            .Bind(configured);

        Assert.Equal([".pdf", ".zip"], new FileStorage(Options.Create(configured), new DataFolder(folder)).AllowedExtensions);
        Assert.Equal(
            FileStorageOptions.DefaultExtensions,
            new FileStorage(Options.Create(new FileStorageOptions()), new DataFolder(folder)).AllowedExtensions
        );
    }

    [Fact]
    public async Task A_saved_file_is_stored_under_a_generated_name_with_its_SHA256()
    {
        var content = "%PDF-1.4 measured conductivity"u8.ToArray();

        var saved = await Storage().SaveAsync(new MemoryStream(content), "data.pdf", UploadKind.Attachment, CancellationToken.None);

        Assert.True(saved.Succeeded);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), saved.Value.Sha256);
        Assert.Equal(content.Length, saved.Value.SizeBytes);
        Assert.Matches("^[0-9a-f]{32}$", saved.Value.StorageKey);
        await using var read = Storage().OpenRead(saved.Value.StorageKey);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task A_stream_past_the_limit_is_refused_and_leaves_no_file()
    {
        var saved = await Storage(maxBytes: 1000)
            .SaveAsync(
                new MemoryStream(Enumerable.Repeat((byte)'a', 1001).ToArray()),
                "notes.txt",
                UploadKind.Attachment,
                CancellationToken.None
            );

        Assert.Equal(RuleCodes.FileTooLarge, saved.Violation?.Code);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "files")));
    }

    [Fact]
    public async Task An_empty_stream_is_refused()
    {
        var saved = await Storage().SaveAsync(new MemoryStream(), "empty.txt", UploadKind.Attachment, CancellationToken.None);

        Assert.Equal(RuleCodes.FileEmpty, saved.Violation?.Code);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "files")));
    }

    [Theory]
    [InlineData("report.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00 })] // a Windows program renamed
    [InlineData("notes.txt", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02 })] // a Linux program renamed
    [InlineData("notes.txt", new byte[] { 0x4D, 0x5A, 0x61, 0x62 })] // text starting "MZ" is still refused: programs are never accepted
    [InlineData("scan.pdf", new byte[] { 0x50, 0x4B, 0x03, 0x04 })] // a ZIP is not a PDF
    [InlineData("notes.txt", new byte[] { 0x61, 0x00, 0x62 })] // binary content in a text file
    public async Task Content_that_does_not_fit_the_extension_is_refused_and_leaves_no_file(string name, byte[] content)
    {
        var saved = await Storage().SaveAsync(new MemoryStream(content), name, UploadKind.Attachment, CancellationToken.None);

        Assert.Equal(RuleCodes.FileContentMismatch, saved.Violation?.Code);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "files")));
    }

    [Theory]
    [InlineData(".docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 })]
    [InlineData(".doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })]
    [InlineData(".png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData(".jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData(".webp", new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 })]
    [InlineData(".txt", new byte[] { 0xE6, 0x96, 0xB0, 0xE6, 0x9D, 0x90 })] // UTF-8 Chinese text
    public void Genuine_files_match_their_extension(string extension, byte[] head) => Assert.True(FileSignatures.Matches(extension, head));

    [Theory]
    [InlineData("report.pdf", 10, null)]
    [InlineData("REPORT.PDF", 10, null)]
    [InlineData("notes.txt", 1024, null)]
    [InlineData("notes.txt", 1025, RuleCodes.FileTooLarge)]
    [InlineData("setup.exe", 10, RuleCodes.FileTypeNotAllowed)]
    [InlineData("archive.pdf.exe", 10, RuleCodes.FileTypeNotAllowed)]
    [InlineData("no-extension", 10, RuleCodes.FileTypeNotAllowed)]
    [InlineData("../secret.pdf", 10, RuleCodes.FileNameInvalid)]
    [InlineData("..\\secret.pdf", 10, RuleCodes.FileNameInvalid)]
    [InlineData("line\nbreak.pdf", 10, RuleCodes.FileNameInvalid)]
    [InlineData("", 10, RuleCodes.FileNameInvalid)]
    [InlineData("empty.pdf", 0, RuleCodes.FileEmpty)]
    public void Uploads_are_checked_by_name_type_and_size_before_reading(string name, long size, string? expected)
    {
        Assert.Equal(expected, Storage().CheckUpload(name, size)?.Code);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789abcdef0123456789ABCDEF")]
    [InlineData("short")]
    public void Only_generated_keys_can_be_opened(string key)
    {
        Assert.Throws<ArgumentException>(() => Storage().OpenRead(key));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
