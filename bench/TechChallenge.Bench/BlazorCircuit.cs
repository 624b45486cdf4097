using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TechChallenge.Bench;

/// <summary>
/// One real Blazor Server circuit, opened the way blazor.web.js opens it (read in ASP.NET Core 10's CircuitManager.ts
/// and WebRootComponentManager.ts): fetch the page with the session's cookies, connect to <c>/_blazor</c> with the
/// "blazorpack" protocol, <c>StartCircuit</c> with no initial components and the page's persisted state, then one
/// <c>UpdateRootComponents</c> batch adding every server marker of the page. It then behaves as an idle browser tab:
/// every render batch is acknowledged (the server stops rendering after 10 unacknowledged ones) and every JS call
/// answered as succeeded, so the server keeps the circuit as it keeps a real reader's.
/// </summary>
internal sealed class BlazorCircuit : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, int> JsCallsByIdentifier = new();
    private readonly BrowserSession session;
    private readonly HubConnection hub;
    private readonly TaskCompletionSource firstRender = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long renderBatches;
    private long nextJsObjectId = 1;
    private string? circuitId;
    private volatile string? error;
    private volatile bool closed;

    private BlazorCircuit(BrowserSession session, HubConnection hub)
    {
        this.session = session;
        this.hub = hub;
    }

    public static long TotalRenderBatches;

    public static long TotalJsCalls;

    /// <summary>Which JS functions the server's components called, and how often (what a page needs from a browser).</summary>
    public static IReadOnlyDictionary<string, int> JsCalls => JsCallsByIdentifier;

    public long RenderBatches => Interlocked.Read(ref renderBatches);

    /// <summary>Connected, not closed by the server and no error reported by it.</summary>
    public bool IsLive => !closed && error is null && hub.State == HubConnectionState.Connected;

    public string? Error => error ?? (closed ? "connection closed" : null);

    /// <summary>Opens the circuit for <paramref name="path"/> and waits for the server's first render batch.</summary>
    public static async Task<BlazorCircuit> OpenAsync(BrowserSession session, string path, TimeSpan timeout, ILoggerProvider log)
    {
        using var response = await session.Http.GetAsync(path.TrimStart('/'));
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        }

        var (markers, state) = BlazorMarkers.Read(html);
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"GET {path} has no interactive server component: it opens no circuit");
        }

        var builder = new HubConnectionBuilder().WithUrl(new Uri(session.Address, "_blazor"), HttpTransportType.WebSockets, options =>
        {
            // A browser negotiates first; straight to the WebSocket keeps the client from holding an extra
            // pooled HTTP connection per circuit. The server keeps the same state either way.
            options.SkipNegotiation = true;
            options.Cookies = session.Cookies;
        });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        builder.Services.AddLogging(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Warning));
        var circuit = new BlazorCircuit(session, builder.Build());
        try
        {
            await circuit.StartAsync(new Uri(session.Address, path.TrimStart('/')), markers, state, timeout);
            return circuit;
        }
        catch
        {
            await circuit.hub.DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync(Uri page, IReadOnlyList<JsonObject> markers, string state, TimeSpan timeout)
    {
        hub.On("JS.RenderBatch", [typeof(long), typeof(byte[])], OnRenderBatchAsync);
        // ASP.NET Core 10 sends (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType).
        hub.On(
            "JS.BeginInvokeJS",
            [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            OnBeginInvokeJSAsync
        );
        hub.On("JS.Error", [typeof(string)], args => Fail((string?)args[0] ?? "JS.Error"));
        // What the browser does with these changes nothing on the server; they are received so none is unhandled.
        hub.On("JS.AttachComponent", [typeof(int), typeof(string)], _ => Task.CompletedTask);
        hub.On("JS.EndUpdateRootComponents", [typeof(long)], _ => Task.CompletedTask);
        hub.On("JS.EndInvokeDotNet", [typeof(string), typeof(bool), typeof(string)], _ => Task.CompletedTask);
        hub.Closed += exception =>
        {
            closed = true;
            error ??= exception?.Message;
            firstRender.TrySetException(new InvalidOperationException("Closed before the first render: " + Error));
            return Task.CompletedTask;
        };

        using var cancel = new CancellationTokenSource(timeout);
        await hub.StartAsync(cancel.Token);
        circuitId = await hub.InvokeAsync<string?>("StartCircuit", session.Address.ToString(), page.ToString(), "[]", state, cancel.Token);
        if (string.IsNullOrEmpty(circuitId))
        {
            throw new InvalidOperationException($"StartCircuit refused ({error ?? "no circuit id"})");
        }

        // As WebRootComponentManager does: batch 1 adds each server marker under its SSR component id (1, 2, …).
        var operations = new JsonArray([
            .. markers.Select(
                (marker, i) =>
                    new JsonObject
                    {
                        ["type"] = "add",
                        ["ssrComponentId"] = i + 1,
                        ["marker"] = marker.DeepClone(),
                    }
            ),
        ]);
        var batch = new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
        await hub.SendAsync("UpdateRootComponents", batch, state, cancel.Token);
        await firstRender.Task.WaitAsync(cancel.Token);
    }

    private async Task OnRenderBatchAsync(object?[] args)
    {
        Interlocked.Increment(ref renderBatches);
        Interlocked.Increment(ref TotalRenderBatches);
        firstRender.TrySetResult();
        await SendQuietlyAsync("OnRenderCompleted", (long)args[0]!, null);
    }

    private async Task OnBeginInvokeJSAsync(object?[] args)
    {
        Interlocked.Increment(ref TotalJsCalls);
        var handle = (long)args[0]!;
        JsCallsByIdentifier.AddOrUpdate((string?)args[1] ?? "?", 1, (_, n) => n + 1);
        if (handle == 0)
        {
            return;
        }

        // The shape of Microsoft.JSInterop.js's answer: [asyncHandle, true, result]. A function that returns nothing
        // returns null; one asked for an object reference returns a new id, as the browser would.
        var result = (int)args[3]! == 1 ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref nextJsObjectId)}}}" : "null";
        await SendQuietlyAsync(
            "EndInvokeJSFromDotNet",
            handle,
            true,
            string.Create(CultureInfo.InvariantCulture, $"[{handle},true,{result}]")
        );
    }

    private Task Fail(string message)
    {
        error ??= message;
        firstRender.TrySetException(new InvalidOperationException(message));
        return Task.CompletedTask;
    }

    private async Task SendQuietlyAsync(string method, params object?[] args)
    {
        try
        {
            await hub.SendCoreAsync(method, args);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or OperationCanceledException)
        {
            error ??= $"{method}: {exception.Message}";
        }
    }

    /// <summary>
    /// Closes as a tab being closed does: the connection stops and <c>_blazor/disconnect</c> tells the server to drop
    /// the circuit at once (without it the server keeps a disconnected circuit for minutes, for a reconnect).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        closed = true;
        await hub.DisposeAsync();
        if (circuitId is not null)
        {
            using var form = new MultipartFormDataContent { { new StringContent(circuitId), "circuitId" } };
            try
            {
                using var response = await session.Http.PostAsync("_blazor/disconnect", form);
            }
            catch (HttpRequestException)
            {
                // The server is gone or busy; it drops the circuit itself after its retention period.
            }
        }
    }
}
