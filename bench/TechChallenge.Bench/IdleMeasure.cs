using System.Diagnostics;
using System.Runtime;

namespace TechChallenge.Bench;

/// <summary>What the circuits scenario reads of this (the server's) process and of the machine.</summary>
internal static class IdleMeasure
{
    /// <summary>The managed heap after full, blocking, compacting collections (finalizers run in between, twice).</summary>
    public sealed record Heap(long Live, long HeapSize, long WorkingSet);

    /// <summary>CPU over a window: this process, the client process, the whole machine (shares of all its cores).</summary>
    public sealed record Cpu(double ServerPercent, double ClientPercent, double MachinePercent);

    /// <summary>
    /// How long to wait after <see cref="TakeHeap"/> before measuring idle CPU. Right after circuits are opened the
    /// server is still busy for several seconds (measured: a first 5-second window at 4–25 % of the machine, the next
    /// ones at 0.3–4 %), so the window starts after the collection and this pause.
    /// </summary>
    public static readonly TimeSpan AfterCollection = TimeSpan.FromSeconds(5);

    public static Heap TakeHeap()
    {
        for (var i = 0; i < 2; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var self = Process.GetCurrentProcess();
        return new Heap(GC.GetTotalMemory(forceFullCollection: false), GC.GetGCMemoryInfo().HeapSizeBytes, self.WorkingSet64);
    }

    /// <summary>Waits <paramref name="window"/> doing nothing, and says how busy the server, the client and the machine were.</summary>
    public static async Task<Cpu> IdleCpuAsync(TimeSpan window, Func<TimeSpan> clientCpu)
    {
        using var self = Process.GetCurrentProcess();
        var (server, client, machine) = (self.TotalProcessorTime, clientCpu(), Machine());
        var wall = Stopwatch.StartNew();
        await Task.Delay(window);
        self.Refresh();
        var seconds = wall.Elapsed.TotalSeconds * Environment.ProcessorCount;
        var machineEnd = Machine();
        return new Cpu(
            (self.TotalProcessorTime - server).TotalSeconds / seconds * 100,
            (clientCpu() - client).TotalSeconds / seconds * 100,
            machine is { } start && machineEnd is { } end ? 100.0 * (end.Busy - start.Busy) / (end.Total - start.Total) : double.NaN
        );
    }

    /// <summary>Memory the kernel could still give (MemAvailable), in bytes; null where /proc is not there.</summary>
    public static long? MemoryAvailable() =>
        File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo")
                .Where(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal))
                .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024)
                .FirstOrDefault()
            : null;

    private static (long Busy, long Total)? Machine()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        // cpu user nice system idle iowait irq softirq steal: idle and iowait are the not-busy part.
        var fields = File.ReadLines("/proc/stat")
            .First()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..9]
            .Select(long.Parse)
            .ToArray();
        return (fields.Sum() - fields[3] - fields[4], fields.Sum());
    }
}
