using System.Text.Json;

namespace TechChallenge.Bench;

/// <summary>A page the circuits scenario opens circuits on: where it is served, by which app, and as whom (null: anonymous).</summary>
internal sealed record CircuitPage(string Name, Uri Address, IServiceProvider Server, string? Email, string Path)
{
    /// <summary>How many circuits the client opens at once: enough to keep the server busy, few enough not to time out.</summary>
    private const int Parallel = 8;

    public string Label => Email is null ? Name : $"{Name} · {Email.Split('@')[0]}";

    public Task<JsonElement> OpenAsync(CircuitClientProcess client, int count) =>
        client.SendAsync($"open {Address} {Email ?? "-"} {Path} {count} {Parallel}");

    /// <summary>Closes every circuit the client holds and waits until the servers have dropped them.</summary>
    public static async Task CloseAllAsync(CircuitClientProcess client, CircuitMeters meters, IEnumerable<CircuitPage> pages)
    {
        await client.SendAsync("close");
        foreach (var server in pages.Select(p => p.Server).Distinct())
        {
            if (!await meters.WaitForNoneAsync(server, TimeSpan.FromSeconds(30)))
            {
                Console.WriteLine($"Warning: {meters.Active(server)} circuits still held 30 s after the client closed them");
            }
        }
    }
}
