using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// The app as its own operating-system process (<c>dotnet TechChallenge.Web.dll</c>) on a loopback port, so a test can
/// kill it the way a crash or an out-of-memory killer would: no shutdown hooks, no flushing, nothing in memory kept.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the server wrote, for a failure message.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, output);

    /// <summary>Starts the server with <paramref name="settings"/> as environment variables and waits until it answers /health.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var port = TestSupport.TechChallengeApp.FreePort();
        var contentRoot = Path.Combine(RepositoryRoot(), "src", "TechChallenge.Web");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAssemblyPath());
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(contentRoot);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        // Production does not start without the address users reach the site at.
        start.Environment["Mail__PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var server = new ServerProcess(
            Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"),
            new Uri($"http://127.0.0.1:{port}/")
        );
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(timeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Linux); answers the exit code the kernel reported.</summary>
    public async Task<int> KillHardAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        // Whatever happened in the test, no server is left running behind it.
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = Stopwatch.StartNew();
        while (until.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The server exited with code {process.ExitCode} before answering.{Environment.NewLine}{RecentOutput}"
                );
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException(
            $"The server did not answer /health within {timeout.TotalSeconds:0} s.{Environment.NewLine}{RecentOutput}"
        );
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > KeptLines && output.TryDequeue(out _)) { }
    }

    /// <summary>
    /// Mvc.Testing copies the app with its runtimeconfig and deps next to the tests: that copy is the very build under
    /// test. The web project's own output for the same configuration is the fallback.
    /// </summary>
    private static string WebAssemblyPath()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "TechChallenge.Web.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        var outputFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var own = Path.Combine(
            RepositoryRoot(),
            "src",
            "TechChallenge.Web",
            "bin",
            outputFolder.Parent!.Name,
            outputFolder.Name,
            "TechChallenge.Web.dll"
        );
        return File.Exists(own)
            ? own
            : throw new FileNotFoundException($"TechChallenge.Web.dll is neither at {beside} nor at {own}; build the web project.");
    }

    /// <summary>The dotnet that runs the tests, so the server runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TechChallenge.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No TechChallenge.sln above {AppContext.BaseDirectory}");
    }
}
