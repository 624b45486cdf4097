using Microsoft.AspNetCore.Components.Forms;
using TechChallenge.Web.Features.Proposals;

namespace TechChallenge.Web.Tests.Components.Proposals;

/// <summary>A file on its way from the browser: the progress the editor shows, and the whole file at the end.</summary>
public sealed class BrowserUploadTests
{
    [Fact]
    public async Task Progress_is_reported_as_the_bytes_arrive_and_the_received_file_is_complete()
    {
        var content = Enumerable.Range(0, 200 * 1024).Select(i => (byte)i).ToArray();
        var reported = new List<double>();
        await using var upload = new BrowserUpload(new ArrivingFile("spectra.pdf", content), maxBytes: 1024 * 1024);

        var received = await upload.ReceiveAsync(reported.Add, CancellationToken.None);

        Assert.True(reported.Count >= 4, string.Join(", ", reported));
        Assert.Equal(reported.Order(), reported);
        Assert.True(reported[0] < 0.5);
        Assert.Equal(1.0, reported[^1]);
        await using var stream = received.OpenRead();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        Assert.Equal(("spectra.pdf", content.Length), (received.FileName, (int)received.DeclaredSize));
    }

    /// <summary>A browser file whose bytes come in pieces, as they do over the circuit.</summary>
    private sealed class ArrivingFile(string name, byte[] content) : IBrowserFile
    {
        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public long Size => content.Length;

        public string ContentType => "application/pdf";

        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
            new MemoryStream(content, writable: false);
    }
}
