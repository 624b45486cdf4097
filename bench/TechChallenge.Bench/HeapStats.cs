using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TechChallenge.Bench;

/// <summary>
/// Which types the circuits' memory is made of (option <c>--heap-stats FOLDER</c>): <c>dotnet-dump</c> (a dotnet tool,
/// on the PATH) dumps this process's heap, <c>dumpheap -stat</c> counts it by type, the dump is deleted and the counts
/// kept in FOLDER; two such counts give the bytes per circuit of each type between them.
/// </summary>
internal static partial class HeapStats
{
    public sealed record Count(long Objects, long Bytes);

    /// <summary>
    /// Counts this process's heap by type into FOLDER/NAME.txt and returns that file's path. Only the path stays in
    /// memory: the counts are read when the report is printed, so that they are not part of the next count.
    /// </summary>
    public static async Task<string> CollectAsync(string folder, string name)
    {
        var file = Path.Combine(folder, string.Concat(name.Where(char.IsLetterOrDigit)));
        var id = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await RunAsync(["collect", "-p", id, "--type", "Heap", "-o", file + ".dmp"]);
        var stat = await RunAsync(["analyze", file + ".dmp", "-c", "dumpheap -stat", "-c", "exit"]);
        File.Delete(file + ".dmp");
        await File.WriteAllTextAsync(file + ".txt", stat);
        return file + ".txt";
    }

    /// <summary>The <paramref name="top"/> types that grew most between two counts, per circuit.</summary>
    public static IEnumerable<string> Growth(string beforeFile, string afterFile, int circuits, int top)
    {
        var (before, after) = (Read(beforeFile), Read(afterFile));
        var growth = after
            .Keys.Union(before.Keys)
            .Select(type =>
            {
                var (a, b) = (after.GetValueOrDefault(type) ?? new(0, 0), before.GetValueOrDefault(type) ?? new(0, 0));
                return (Type: type, Objects: (a.Objects - b.Objects) / (double)circuits, Bytes: (a.Bytes - b.Bytes) / (double)circuits);
            })
            .ToList();
        yield return $"  all types: {growth.Sum(g => g.Bytes) / 1024:0.0} KB per circuit";
        foreach (var (type, objects, bytes) in growth.OrderByDescending(g => g.Bytes).Take(top))
        {
            yield return $"  {bytes / 1024, 6:0.0} KB {objects, 6:0.0} objects  {(type.Length > 110 ? type[..110] + "…" : type)}";
        }
    }

    private static Dictionary<string, Count> Read(string file) =>
        Row()
            .Matches(File.ReadAllText(file))
            .GroupBy(m => m.Groups["type"].Value.Trim())
            .ToDictionary(
                g => g.Key,
                g => new Count(g.Sum(m => Number(m.Groups["count"].Value)), g.Sum(m => Number(m.Groups["bytes"].Value)))
            );

    private static async Task<string> RunAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet-dump", arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using var tool = Process.Start(start) ?? throw new InvalidOperationException("dotnet-dump did not start");
        var output = await tool.StandardOutput.ReadToEndAsync();
        await tool.WaitForExitAsync();
        return tool.ExitCode == 0 ? output : throw new InvalidOperationException($"dotnet-dump {arguments[0]} failed: {output}");
    }

    private static long Number(string text) => long.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    // "7fe279d11570      1,052       2,584 Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame[]"
    [GeneratedRegex(@"^[0-9a-f]{8,}\s+(?<count>[\d,]+)\s+(?<bytes>[\d,]+)\s+(?<type>.+)$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
