using System.Globalization;

namespace TechChallenge.Bench;

/// <summary>
/// The second half of the circuits scenario: how many circuits one instance holds. Circuits are added in steps,
/// spread evenly over the given pages (each as its own user), and after each step the idle server is measured: heap,
/// working set, CPU over a window, and whether every circuit is still connected, on the client's side and by the
/// server's own count. It stops at the last step or when the machine shows its limit: a circuit that failed to open
/// or lost its connection, the idle server using 90 % of the machine's CPU, or less than 2 GiB of memory left.
/// </summary>
internal static class CircuitSteps
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(
        CircuitClientProcess client,
        CircuitMeters meters,
        IReadOnlyList<CircuitPage> pages,
        IReadOnlyList<int> steps,
        TimeSpan idle
    )
    {
        if (steps.Count == 0)
        {
            return;
        }

        var server = pages[0].Server;
        var none = IdleMeasure.TakeHeap();
        Console.WriteLine();
        Console.WriteLine($"Steps, circuits spread evenly over: {string.Join("; ", pages.Select(p => p.Label))}");
        Console.WriteLine();
        Console.WriteLine(
            "| circuits | opened (failed) | live (client) | server: active / connected | open s | heap | KB per circuit "
                + "| working set | server CPU % | client CPU % | machine busy % | render batches /s | memory left |"
        );
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var total = 0;
        foreach (var target in steps)
        {
            var (opened, failed, seconds) = (0, 0, 0.0);
            string? firstError = null;
            for (var i = 0; i < pages.Count; i++)
            {
                var count = (target - total) / pages.Count + (i < (target - total) % pages.Count ? 1 : 0);
                var answer = await pages[i].OpenAsync(client, count);
                opened += answer.GetProperty("opened").GetInt32();
                failed += answer.GetProperty("failed").GetInt32();
                seconds += answer.GetProperty("seconds").GetDouble();
                firstError ??= answer.GetProperty("firstError").GetString();
            }

            total = target;
            await Task.Delay(Settle);
            var heap = IdleMeasure.TakeHeap();
            await Task.Delay(IdleMeasure.AfterCollection);
            var batches = (await client.SendAsync("status")).GetProperty("renderBatches").GetInt64();
            var cpu = await IdleMeasure.IdleCpuAsync(idle, () => client.Cpu);
            var status = await client.SendAsync("status");
            var live = status.GetProperty("live").GetInt32();
            var connected = meters.Connected(server);
            var memoryLeft = IdleMeasure.MemoryAvailable();
            var batchesPerSecond = (status.GetProperty("renderBatches").GetInt64() - batches) / idle.TotalSeconds;
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {target:N0} | {opened:N0} ({failed}) | {live:N0} | {meters.Active(server):N0} / {connected:N0} | {seconds:0} "
                        + $"| {CircuitBench.Mb(heap.Live)} MB | {CircuitBench.Kb(heap.Live - none.Live, live)} "
                        + $"| {CircuitBench.Mb(heap.WorkingSet)} MB | {cpu.ServerPercent:0.0} | {cpu.ClientPercent:0.0} "
                        + $"| {cpu.MachinePercent:0.0} | {batchesPerSecond:0} "
                        + $"| {(memoryLeft is { } left ? $"{left / (1024.0 * 1024 * 1024):0.0} GiB" : "—")} |"
                )
            );
            var limit =
                failed > 0 ? $"{failed} circuits failed to open ({firstError})"
                : live < total || connected < total
                    ? $"{total - Math.Min(live, connected)} circuits not connected ({status.GetProperty("firstError")})"
                : cpu.ServerPercent >= 90 ? "the idle server uses 90 % of the machine's CPU"
                : memoryLeft < 2L * 1024 * 1024 * 1024 ? "less than 2 GiB of memory left"
                : null;
            if (limit is not null)
            {
                Console.WriteLine($"Stopped after {target:N0}: {limit}.");
                break;
            }
        }

        await CircuitPage.CloseAllAsync(client, meters, pages);
    }
}
