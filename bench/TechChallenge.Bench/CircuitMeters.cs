using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace TechChallenge.Bench;

/// <summary>
/// The server's own count of its circuits, from the framework's metrics (<c>aspnetcore.components.circuit.active</c>
/// and <c>.connected</c>, up-down counters of Microsoft.AspNetCore.Components.Server), read in-process with a
/// <see cref="MeterListener"/>. Each app's meters come from its own meter factory, so the real app's circuits and the
/// baseline's are told apart by that factory. No change to the product is needed to count them.
/// </summary>
internal sealed class CircuitMeters : IDisposable
{
    public const string ActiveName = "aspnetcore.components.circuit.active";
    public const string ConnectedName = "aspnetcore.components.circuit.connected";

    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<(object? Scope, string Name), long> values = new();

    public CircuitMeters()
    {
        listener.InstrumentPublished = (instrument, self) =>
        {
            if (instrument.Name is ActiveName or ConnectedName)
            {
                self.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Add(instrument, value));
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument, value));
        listener.Start();
    }

    /// <summary>Circuits the app holds now (connected or kept for a reconnect).</summary>
    public long Active(IServiceProvider app) => Get(app, ActiveName);

    /// <summary>Circuits with a live connection now.</summary>
    public long Connected(IServiceProvider app) => Get(app, ConnectedName);

    /// <summary>Waits until the app holds no circuit (after the client closed them); false if some are still held.</summary>
    public async Task<bool> WaitForNoneAsync(IServiceProvider app, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (Active(app) > 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        return Active(app) == 0;
    }

    private long Get(IServiceProvider app, string name) => values.GetValueOrDefault((app.GetRequiredService<IMeterFactory>(), name));

    private void Add(Instrument instrument, long value) =>
        values.AddOrUpdate((instrument.Meter.Scope, instrument.Name), value, (_, n) => n + value);

    public void Dispose() => listener.Dispose();
}
