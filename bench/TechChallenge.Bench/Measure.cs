using System.Diagnostics;

namespace TechChallenge.Bench;

internal static class Measure
{
    public sealed record Result(int Clients, int Requests, double P50, double P95, double PerSecond, int Errors);

    /// <summary>Calls <paramref name="call"/> one after another, after a few warm-up calls.</summary>
    public static async Task<Result> SequentialAsync<T>(Func<Task<T>> call, int iterations)
    {
        for (var i = 0; i < 10; i++)
        {
            await call();
        }

        var times = new List<double>(iterations);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await call();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Summarise(1, times, total.Elapsed, 0);
    }

    /// <summary><paramref name="clients"/> clients each send GETs back to back for <paramref name="duration"/>, after a warm-up.</summary>
    public static Task<Result> LoadAsync(HttpClient http, Uri url, int clients, TimeSpan duration) =>
        LoadAsync(http, _ => url, clients, duration);

    /// <summary>As above, asking <paramref name="url"/> for the address of each request by its running number.</summary>
    public static async Task<Result> LoadAsync(HttpClient http, Func<long, Uri> url, int clients, TimeSpan duration)
    {
        await RunAsync(http, url, clients, TimeSpan.FromSeconds(3));
        var (times, errors, elapsed) = await RunAsync(http, url, clients, duration);
        return Summarise(clients, times, elapsed, errors);
    }

    /// <summary>
    /// A page against the baseline in alternating slices (baseline, page, baseline, page, …) that add up to
    /// <paramref name="duration"/> each, so that the machine's drift during a run — which moves the baseline alone by
    /// ±20 % here — falls on both alike.
    /// </summary>
    public static async Task<(Result Page, Result Baseline)> InterleavedAsync(
        HttpClient pageHttp,
        Uri page,
        HttpClient baselineHttp,
        Uri baseline,
        int clients,
        TimeSpan duration,
        int slices = 5
    )
    {
        await RunAsync(baselineHttp, _ => baseline, clients, TimeSpan.FromSeconds(2));
        await RunAsync(pageHttp, _ => page, clients, TimeSpan.FromSeconds(2));
        var (pageTimes, baselineTimes) = (new List<double>(), new List<double>());
        var (pageElapsed, baselineElapsed, pageErrors, baselineErrors) = (TimeSpan.Zero, TimeSpan.Zero, 0, 0);
        for (var i = 0; i < slices; i++)
        {
            var (times, errors, elapsed) = await RunAsync(baselineHttp, _ => baseline, clients, duration / slices);
            (baselineTimes, baselineElapsed, baselineErrors) = (
                [.. baselineTimes, .. times],
                baselineElapsed + elapsed,
                baselineErrors + errors
            );
            (times, errors, elapsed) = await RunAsync(pageHttp, _ => page, clients, duration / slices);
            (pageTimes, pageElapsed, pageErrors) = ([.. pageTimes, .. times], pageElapsed + elapsed, pageErrors + errors);
        }

        return (Summarise(clients, pageTimes, pageElapsed, pageErrors), Summarise(clients, baselineTimes, baselineElapsed, baselineErrors));
    }

    private static long sent;

    private static async Task<(List<double> Times, int Errors, TimeSpan Elapsed)> RunAsync(
        HttpClient http,
        Func<long, Uri> url,
        int clients,
        TimeSpan duration
    )
    {
        var until = Stopwatch.StartNew();
        var errors = 0;
        var perClient = await Task.WhenAll(
            Enumerable
                .Range(0, clients)
                .Select(async _ =>
                {
                    var times = new List<double>();
                    while (until.Elapsed < duration)
                    {
                        var watch = Stopwatch.StartNew();
                        try
                        {
                            using var response = await http.GetAsync(url(Interlocked.Increment(ref sent)));
                            await response.Content.ReadAsByteArrayAsync();
                            if (!response.IsSuccessStatusCode)
                            {
                                Interlocked.Increment(ref errors);
                            }
                        }
                        catch (HttpRequestException)
                        {
                            Interlocked.Increment(ref errors);
                        }

                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }

                    return times;
                })
        );
        return (perClient.SelectMany(t => t).ToList(), errors, until.Elapsed);
    }

    private static Result Summarise(int clients, List<double> times, TimeSpan elapsed, int errors)
    {
        times.Sort();
        double Percentile(double p) => times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        return new Result(clients, times.Count, Percentile(0.50), Percentile(0.95), times.Count / elapsed.TotalSeconds, errors);
    }
}
