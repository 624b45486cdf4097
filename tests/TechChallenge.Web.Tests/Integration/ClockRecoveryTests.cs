using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Data;
using TechChallenge.TestSupport;
using Xunit.Abstractions;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// The clock across process boundaries: a server that was down when milestones fell due, and two app instances
/// sharing one PostgreSQL database as a Quartz cluster. Each test runs its own apps on its own database.
/// </summary>
public sealed class ClockRecoveryTests(ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Milestones_missed_while_the_server_was_down_are_applied_in_order_and_once_after_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?> { ["Database:SchedulerName"] = $"restart-{Guid.NewGuid():N}" };
        var folder = TechChallengeApp.NewDataFolder();
        Guid id;
        string follower;
        DateTime deadline;
        await using (var first = new TechChallengeApp(provider, database.ConnectionString, folder, settings))
        {
            _ = first.Server;
            var now = DateTime.UtcNow;
            deadline = now.AddSeconds(4);
            id = await ChallengeScenarios.PublishAsync(first, Content(now.AddSeconds(2), deadline, "Missed while down"));
            var solver = await first.ActorAsync(DemoAccounts.Solver);
            follower = solver.UserId!;
            await using var scope = first.Services.CreateAsyncScope();
            Assert.True(
                (
                    await scope.ServiceProvider.GetRequiredService<ChallengeEngagementService>().FollowAsync(solver, id, follow: true)
                ).Succeeded
            );
            Assert.Equal(ChallengeStatus.Published, await first.ChallengeStatusAsync(id));
        }

        // Down across the opening, the deadline and the start of judging.
        await Task.Delay(deadline - DateTime.UtcNow + TimeSpan.FromSeconds(2));
        var restartedAt = DateTime.UtcNow;
        await using var second = new TechChallengeApp(provider, database.ConnectionString, folder, settings);
        _ = second.Server;

        Assert.Equal(
            ChallengeStatus.Judging,
            await second.WaitForChallengeStatusAsync(id, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );
        var moves = await second.WithDbAsync(db =>
            db.ChallengeTransitions.Where(t => t.ChallengeId == id && t.ActorUserId == null).OrderBy(t => t.AtUtc).ToListAsync()
        );
        Assert.Equal(
            [
                (ChallengeStatus.Published, ChallengeStatus.SubmissionsOpen),
                (ChallengeStatus.SubmissionsOpen, ChallengeStatus.SubmissionsClosed),
                (ChallengeStatus.SubmissionsClosed, ChallengeStatus.Judging),
            ],
            moves.Select(t => (t.From, t.To)).OrderBy(m => m.From)
        );
        Assert.All(moves, t => Assert.True(t.AtUtc >= restartedAt, $"{t.Trigger} applied at {t.AtUtc:O}, before the restart"));
        // Every trigger still fires after the restart; the first applies all, the rest find nothing to do.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(
            1,
            await second.WithDbAsync(db =>
                db.Notifications.CountAsync(n =>
                    n.ChallengeId == id && n.UserId == follower && n.Kind == NotificationKind.SubmissionsClosed
                )
            )
        );
        Directory.Delete(folder, recursive: true);
    }

    [SkippableFact]
    public async Task Two_schedulers_on_one_PostgreSQL_database_apply_each_transition_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var settings = new Dictionary<string, string?> { ["Database:SchedulerName"] = $"cluster-{Guid.NewGuid():N}" };
        var folders = new[] { TechChallengeApp.NewDataFolder(), TechChallengeApp.NewDataFolder() };
        await using var first = new TechChallengeApp(DatabaseProvider.Postgres, database.ConnectionString, folders[0], settings);
        _ = first.Server;
        await using var second = new TechChallengeApp(DatabaseProvider.Postgres, database.ConnectionString, folders[1], settings);
        _ = second.Server;

        var admin = await first.ActorAsync(DemoAccounts.Admin);
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var nodes = (await scope.ServiceProvider.GetRequiredService<JobsDashboard>().SummaryAsync(admin)).Value!.Nodes;
            Assert.Equal(2, nodes.Count);
        }

        // A burst: many challenges whose submissions all close at the same instant.
        var deadline = DateTime.UtcNow.AddSeconds(12);
        var solver = await first.ActorAsync(DemoAccounts.Solver);
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var id = await ChallengeScenarios.PublishAsync(
                i % 2 == 0 ? first : second,
                Content(deadline.AddDays(-30), deadline, $"Clustered close {i}")
            );
            await using var scope = first.Services.CreateAsyncScope();
            Assert.True(
                (
                    await scope.ServiceProvider.GetRequiredService<ChallengeEngagementService>().FollowAsync(solver, id, follow: true)
                ).Succeeded
            );
            ids.Add(id);
        }

        Assert.True(DateTime.UtcNow < deadline, "publishing took longer than the time left before the deadline");
        foreach (var id in ids)
        {
            Assert.Equal(
                ChallengeStatus.Judging,
                await first.WaitForChallengeStatusAsync(id, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
            );
        }

        // Let any duplicate firing have its chance to show before counting.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var runs = await first.WithDbAsync(db =>
            db.JobRuns.Where(r => r.JobName == ChallengeTimerJob.Key.Name && r.ChallengeId != null && ids.Contains(r.ChallengeId.Value))
                .ToListAsync()
        );
        output.WriteLine($"runs per instance: {string.Join(", ", runs.GroupBy(r => r.InstanceId).Select(g => $"{g.Key}={g.Count()}"))}");
        // One trigger per challenge falls due at the deadline (submissions close and judging opens): each ran once.
        Assert.Equal(ids.Count, runs.Count);
        Assert.All(runs.GroupBy(r => (r.TriggerGroup, r.TriggerName)), g => Assert.Single(g));
        var transitions = await first.WithDbAsync(db =>
            db.ChallengeTransitions.Where(t => ids.Contains(t.ChallengeId) && t.ActorUserId == null)
                .GroupBy(t => new { t.ChallengeId, t.Trigger })
                .Select(g => g.Count())
                .ToListAsync()
        );
        Assert.Equal(ids.Count * 3, transitions.Count); // per challenge: opened at publication, closed, judging started
        Assert.All(transitions, count => Assert.Equal(1, count));
        var told = await first.WithDbAsync(db =>
            db.Notifications.Where(n =>
                    n.UserId == solver.UserId && n.Kind == NotificationKind.SubmissionsClosed && ids.Contains(n.ChallengeId!.Value)
                )
                .GroupBy(n => n.ChallengeId)
                .Select(g => g.Count())
                .ToListAsync()
        );
        Assert.Equal(Enumerable.Repeat(1, ids.Count), told);
        foreach (var folder in folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ChallengeContent Content(DateTime opens, DateTime deadline, string title) =>
        ChallengeScenarios.Content(deadline, title) with
        {
            Rounds = [new RoundPlan("Preliminary review", opens, deadline, deadline, deadline.AddDays(14))],
        };

    /// <summary>A fresh PostgreSQL database (dropped afterwards), or nothing for SQLite, whose file lives in the data folder.</summary>
    private sealed class TestDatabase : IAsyncDisposable
    {
        public string? ConnectionString { get; private init; }

        public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                return new TestDatabase();
            }

            Skip.If(PostgresServer.Unavailable() is not null, PostgresServer.Unavailable());
            return new TestDatabase { ConnectionString = await PostgresServer.CreateDatabaseAsync("tc_clock") };
        }

        public async ValueTask DisposeAsync()
        {
            if (ConnectionString is not null)
            {
                await PostgresServer.DropDatabaseAsync(ConnectionString);
            }
        }
    }
}
