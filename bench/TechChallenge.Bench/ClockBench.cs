using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.TestSupport;

namespace TechChallenge.Bench;

/// <summary>
/// Clock precision (issue 6): how late after its time each submission close is applied, for deadlines spread out, for
/// a burst at one instant, and for a burst while the catalog is under load. The baseline in the same run is Quartz's
/// own lateness in firing the same triggers (from the job history), so the table separates the scheduler's share from
/// the application's.
/// </summary>
internal static class ClockBench
{
    public static async Task RunAsync(TechChallengeApp app, Uri address, int count, int loadClients)
    {
        Console.WriteLine(
            $"# Clock precision · {app.Provider} · {count} challenges per case · {Environment.ProcessorCount} cores · "
                + $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"
        );
        var rows = new List<string>
        {
            await CaseAsync(app, address, "spread: one deadline every 200 ms", count, i => TimeSpan.FromMilliseconds(200 * i), 0),
            await CaseAsync(app, address, "burst: every deadline at one instant", count, _ => TimeSpan.Zero, 0),
            await CaseAsync(app, address, $"burst while {loadClients} clients load the catalog", count, _ => TimeSpan.Zero, loadClients),
        };
        Console.WriteLine();
        Console.WriteLine(
            "| case | closes | Quartz fire lag p50 / p95 / max ms (baseline) | close applied lag p50 / p95 / max ms | applied within 1 s |"
        );
        Console.WriteLine("|---|---|---|---|---|");
        rows.ForEach(Console.WriteLine);
    }

    private static async Task<string> CaseAsync(
        TechChallengeApp app,
        Uri address,
        string name,
        int count,
        Func<int, TimeSpan> offset,
        int loadClients
    )
    {
        // Enough lead for building and planning every challenge before the first deadline.
        var first = DateTime.UtcNow.AddSeconds(10 + count / 10.0);
        var ids = await SeedAsync(app, count, i => first + offset(i));
        var planned = DateTime.UtcNow;
        if (planned >= first)
        {
            throw new InvalidOperationException($"Planning took until {planned:O}, past the first deadline {first:O}; raise the lead.");
        }

        var last = first + offset(count - 1);
        Task? load = null;
        if (loadClients > 0)
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
            var catalog = new Uri(address, "challenges?q=graphene");
            load = Measure
                .LoadAsync(
                    http,
                    n => new Uri(catalog + "&minAward=0." + n.ToString(CultureInfo.InvariantCulture)),
                    loadClients,
                    last - DateTime.UtcNow + TimeSpan.FromSeconds(5)
                )
                .ContinueWith(t => http.Dispose(), TaskScheduler.Default);
        }

        await WaitForAllClosedAsync(app, ids, last + TimeSpan.FromSeconds(60));
        if (load is not null)
        {
            await load;
        }

        var applied = await app.WithDbAsync(db =>
            db.ChallengeTransitions.Where(t => ids.Contains(t.ChallengeId) && t.Trigger == ChallengeTrigger.CloseSubmissions)
                .Join(db.Challenges, t => t.ChallengeId, c => c.Id, (t, c) => new { t.AtUtc, Deadline = c.SubmissionDeadlineUtc!.Value })
                .ToListAsync()
        );
        var fired = await app.WithDbAsync(db =>
            db.JobRuns.Where(r =>
                    r.ChallengeId != null
                    && ids.Contains(r.ChallengeId.Value)
                    && r.TriggerName == "r1/SubmissionsClose"
                    && r.ScheduledFireUtc != null
                )
                .Select(r => new { r.FiredUtc, Scheduled = r.ScheduledFireUtc!.Value })
                .ToListAsync()
        );
        var appliedLags = applied.Select(a => (a.AtUtc - a.Deadline).TotalMilliseconds).ToList();
        var fireLags = fired.Select(f => (f.FiredUtc - f.Scheduled).TotalMilliseconds).ToList();
        return $"| {name} | {applied.Count} of {count} | {Stats(fireLags)} | {Stats(appliedLags)} | {appliedLags.Count(l => l < 1000)} of "
            + $"{count} |";
    }

    private static string Stats(List<double> values)
    {
        values.Sort();
        double Percentile(double p) =>
            values.Count == 0 ? double.NaN : values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Percentile(0.5):0} / {Percentile(0.95):0} / {(values.Count == 0 ? double.NaN : values[^1]):0}"
        );
    }

    private static async Task<List<Guid>> SeedAsync(TechChallengeApp app, int count, Func<int, DateTime> deadline)
    {
        var manager = await app.ActorAsync(DemoAccounts.NantongManager);
        var admin = await app.ActorAsync(DemoAccounts.Admin);
        var subCenter = await app.WithDbAsync(db => db.SubCenters.Select(s => s.Id).FirstAsync());
        var now = DateTime.UtcNow;
        var challenges = Enumerable
            .Range(0, count)
            .Select(i => Build(i, subCenter, now, deadline(i), manager.UserId!, admin.UserId!))
            .ToList();
        await app.WithDbAsync(async db =>
        {
            db.Challenges.AddRange(challenges);
            return await db.SaveChangesAsync();
        });
        var clock = app.Services.GetRequiredService<ChallengeClock>();
        var watch = Stopwatch.StartNew();
        foreach (var challenge in challenges)
        {
            await clock.PlanAsync(challenge, CancellationToken.None);
        }

        Console.WriteLine($"Planned {count} challenges in {watch.Elapsed.TotalSeconds:0.0} s");
        return challenges.Select(c => c.Id).ToList();
    }

    private static Challenge Build(int number, Guid subCenterId, DateTime now, DateTime deadline, string managerId, string adminId)
    {
        var challenge = new Challenge
        {
            SubCenterId = subCenterId,
            Title = "",
            CreatedByUserId = managerId,
            CreatedAtUtc = now,
        };
        var content = ChallengeContent.Empty($"Clock bench 时钟测试 #{number}") with
        {
            Summary = "Clock precision 时钟精度",
            Statement = "Deadline precision under load.",
            Rounds = [new RoundPlan("初评 Preliminary", now.AddDays(-1), deadline, deadline, deadline.AddDays(14))],
            Criteria = [new CriterionPlan("可行性 Feasibility", "", 100)],
        };
        Ensure(challenge.Edit(content, [], now, managerId));
        Ensure(challenge.Apply(ChallengeTrigger.SubmitForReview, now, LifecycleActor.Manager(managerId)));
        Ensure(challenge.Apply(ChallengeTrigger.Approve, now, LifecycleActor.Admin(adminId)));
        Ensure(challenge.Apply(ChallengeTrigger.Publish, now, LifecycleActor.Manager(managerId)));
        challenge.AdvanceClock(now);
        return challenge;
    }

    private static async Task WaitForAllClosedAsync(TechChallengeApp app, List<Guid> ids, DateTime until)
    {
        while (DateTime.UtcNow < until)
        {
            var open = await app.WithDbAsync(db =>
                db.Challenges.CountAsync(c => ids.Contains(c.Id) && c.Status != ChallengeStatus.Judging)
            );
            if (open == 0)
            {
                return;
            }

            await Task.Delay(500);
        }
    }

    private static void Ensure(TechChallenge.Domain.Common.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Bench data breaks a rule: {outcome.Violation}");
        }
    }
}
