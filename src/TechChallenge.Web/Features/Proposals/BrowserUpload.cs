using Microsoft.AspNetCore.Components.Forms;
using TechChallenge.Infrastructure.Proposals;

namespace TechChallenge.Web.Features.Proposals;

/// <summary>
/// Brings a file from the browser to a temporary file on the server, reporting progress as the bytes arrive over the
/// circuit, so the service receives a complete file it can check and hash.
/// </summary>
public sealed class BrowserUpload(IBrowserFile file, long maxBytes) : IAsyncDisposable
{
    private const int ChunkBytes = 64 * 1024;
    private readonly string temporaryPath = Path.Combine(Path.GetTempPath(), $"tc-upload-{Guid.NewGuid():N}");

    public async Task<UploadedFile> ReceiveAsync(Action<double> progress, CancellationToken cancellationToken)
    {
        await using (var source = file.OpenReadStream(maxBytes, cancellationToken))
        await using (var target = File.Create(temporaryPath))
        {
            var buffer = new byte[ChunkBytes];
            long received = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                received += read;
                progress(file.Size == 0 ? 1 : (double)received / file.Size);
            }
        }

        return new UploadedFile(file.Name, file.ContentType, file.Size, () => File.OpenRead(temporaryPath));
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(temporaryPath);
        return ValueTask.CompletedTask;
    }
}
