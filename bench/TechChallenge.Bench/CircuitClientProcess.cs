using System.Diagnostics;
using System.Text.Json;

namespace TechChallenge.Bench;

/// <summary>
/// Starts this bench again as the circuits' client (<see cref="CircuitClient"/>) in a child process and talks to it
/// over its standard input and output. The client runs with the workstation garbage collector: it is not what is
/// measured, and it should not take the machine's memory as a server would.
/// </summary>
internal sealed class CircuitClientProcess : IAsyncDisposable
{
    private readonly Process process;

    private CircuitClientProcess(Process process) => this.process = process;

    public static CircuitClientProcess Start()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("No path to this process");
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CircuitClientProcess).Assembly.Location);
        }

        start.ArgumentList.Add("--scenario");
        start.ArgumentList.Add("circuit-client");
        start.Environment["DOTNET_gcServer"] = "0";
        return new CircuitClientProcess(Process.Start(start) ?? throw new InvalidOperationException("The client did not start"));
    }

    /// <summary>Sends one command and returns the client's answer.</summary>
    public async Task<JsonElement> SendAsync(string command)
    {
        await process.StandardInput.WriteLineAsync(command);
        await process.StandardInput.FlushAsync();
        var line = await process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException($"The client exited (code {(process.HasExited ? process.ExitCode : -1)})");
        using var answer = JsonDocument.Parse(line);
        return answer.RootElement.Clone();
    }

    public TimeSpan Cpu
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public long WorkingSet
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            try
            {
                await SendAsync("quit").WaitAsync(TimeSpan.FromSeconds(60));
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or IOException)
            {
                // Ours, started above: ended by its own id when it does not quit.
                process.Kill();
            }
        }

        process.Dispose();
    }
}
