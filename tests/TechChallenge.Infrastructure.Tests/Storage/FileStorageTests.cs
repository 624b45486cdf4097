using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Tests.Storage;

public sealed class FileStorageTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "techchallenge-storage-tests", Guid.NewGuid().ToString("N"));

    private FileStorage Storage(long maxBytes = 1024) =>
        new(Options.Create(new FileStorageOptions { MaxFileBytes = maxBytes, AllowedExtensions = [".pdf", ".txt"] }), new DataFolder(folder));

    [Fact]
    public async Task A_saved_file_is_stored_under_a_generated_name_with_its_SHA256()
    {
        var content = "%PDF-1.4 measured conductivity"u8.ToArray();

        var saved = await Storage().SaveAsync(new MemoryStream(content), CancellationToken.None);

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
        var saved = await Storage(maxBytes: 1000).SaveAsync(new MemoryStream(new byte[1001]), CancellationToken.None);

        Assert.Equal(RuleCodes.FileTooLarge, saved.Violation?.Code);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "files")));
    }

    [Fact]
    public async Task An_empty_stream_is_refused()
    {
        var saved = await Storage().SaveAsync(new MemoryStream(), CancellationToken.None);

        Assert.Equal(RuleCodes.FileEmpty, saved.Violation?.Code);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "files")));
    }

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
