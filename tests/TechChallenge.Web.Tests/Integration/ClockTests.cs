using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// The competition clock on the real Quartz persistent store: the plan it keeps, reminders that go out once, and the
/// admins' jobs dashboard. The same suite runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class ClockTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private TechChallengeApp App => fixture.App;

    private void SkipIfUnavailable() => Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

    private async Task<T> Use<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    private Task<IReadOnlyList<PlannedFire>> PlannedAsync(Guid challengeId) =>
        App.Services.GetRequiredService<ChallengeClock>().PlannedAsync(challengeId, CancellationToken.None);

    private static ChallengeContent WithRound(
        DateTime opens,
        DateTime closes,
        DateTime judgingOpens,
        DateTime judgingCloses,
        string title
    ) =>
        ChallengeScenarios.Content(closes, title) with
        {
            Rounds = [new RoundPlan("Preliminary review", opens, closes, judgingOpens, judgingCloses)],
        };

    [SkippableFact]
    public async Task Publishing_plans_what_lies_ahead_and_edits_and_cancelling_replan_it()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var deadline = DateTime.UtcNow.AddDays(5).Date.AddHours(9);
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(deadline, "Planned clock"));

        var planned = await PlannedAsync(id);
        // Round 1 had begun: it opened with the publication, so only what is ahead is planned. Judging opens at the
        // close, so one trigger serves both.
        Assert.Equal(
            [(MilestoneKind.SubmissionsClose, deadline), (MilestoneKind.JudgingCloses, deadline.AddDays(14))],
            planned
                .Where(p => !p.IsReminder)
                .Select(p => (p.Milestone!.Value, p.NextFireUtc!.Value.UtcDateTime))
                .OrderBy(p => p.Item2)
                .ThenBy(p => p.Item1)
        );
        Assert.Equal(
            [72, 24, 1],
            planned.Where(p => p.Audience == ReminderAudience.Solvers).OrderBy(p => p.NextFireUtc).Select(p => p.OffsetMinutes!.Value / 60)
        );
        Assert.Equal(
            [72, 24],
            planned.Where(p => p.Audience == ReminderAudience.Judges).OrderBy(p => p.NextFireUtc).Select(p => p.OffsetMinutes!.Value / 60)
        );

        var earlier = deadline.AddDays(-1);
        var editor = (await Use(sp => sp.GetRequiredService<ChallengeAuthoring>().GetEditorAsync(manager, id)))!;
        var moved = editor.Content with
        {
            Rounds = [editor.Content.Rounds[0] with { SubmissionClosesUtc = earlier, JudgingOpensUtc = earlier }],
        };
        Assert.True(
            (
                await Use(sp =>
                    sp.GetRequiredService<ChallengeAuthoring>().SaveAsync(manager, id, editor.Version, moved, "Brought forward")
                )
            ).Succeeded
        );

        planned = await PlannedAsync(id);
        Assert.Equal(earlier, planned.Single(p => p.Milestone == MilestoneKind.SubmissionsClose).NextFireUtc!.Value.UtcDateTime);
        Assert.Equal(
            earlier.AddHours(-1),
            planned.Single(p => p.Audience == ReminderAudience.Solvers && p.OffsetMinutes == 60).NextFireUtc!.Value.UtcDateTime
        );

        Assert.True(
            (
                await Use(sp =>
                    sp.GetRequiredService<ChallengeLifecycleMoves>().TransitionAsync(manager, id, ChallengeTrigger.Cancel, "Need withdrawn")
                )
            ).Succeeded
        );
        Assert.Empty(await PlannedAsync(id));
    }

    [SkippableFact]
    public async Task Solvers_who_registered_but_did_not_submit_are_reminded_once_even_if_the_reminder_runs_again()
    {
        SkipIfUnavailable();
        var forgetful = await App.ActorAsync(DemoAccounts.Solver);
        var diligent = await App.ActorAsync(DemoAccounts.Solver2);
        // The one-hour reminder falls due four seconds from now.
        var deadline = DateTime.UtcNow.AddHours(1).AddSeconds(4);
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(deadline, "Reminded solvers"));
        await Use(async sp =>
        {
            var engagement = sp.GetRequiredService<ChallengeEngagementService>();
            Assert.True((await engagement.RegisterAsync(forgetful, id, acceptTerms: true)).Succeeded);
            Assert.True((await engagement.RegisterAsync(diligent, id, acceptTerms: true)).Succeeded);
            Assert.True((await sp.SubmitCompleteAsync(diligent, id, "Done early", "Our process", [])).Succeeded);
            return true;
        });

        var run = await WaitForRunAsync(id, "r1/remind-Solvers/60min");
        Assert.True(run.Succeeded, run.Error);
        Assert.Equal([forgetful.UserId!], await RecipientsAsync(id, NotificationKind.Reminder));

        // The same reminder again, as a retry or a second node would run it: nobody hears it twice.
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var data = new JobDataMap
        {
            [JobData.ChallengeIdKey] = id.ToString(),
            [JobData.RoundKey] = "1",
            [JobData.AudienceKey] = nameof(ReminderAudience.Solvers),
            [JobData.OffsetMinutesKey] = "60",
        };
        await scheduler.TriggerJob(ReminderJob.Key, data);
        await WaitForRunsAsync(id, r => r.JobName == ReminderJob.Key.Name, 2);

        Assert.Equal([forgetful.UserId!], await RecipientsAsync(id, NotificationKind.Reminder));
        Assert.Equal(1, await App.WithDbAsync(db => db.ReminderLogs.CountAsync(l => l.ChallengeId == id)));
    }

    [SkippableFact]
    public async Task Judges_with_scores_missing_and_the_organisers_are_reminded_before_judging_closes()
    {
        SkipIfUnavailable();
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var judge = await App.ActorAsync(DemoAccounts.Judge);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var deadline = DateTime.UtcNow.AddSeconds(3);
        // Judging closes 24 h and 8 s from now: the 24-hour reminder falls due in 8 s, after the close.
        var judgingCloses = DateTime.UtcNow.AddHours(24).AddSeconds(8);
        var id = await ChallengeScenarios.PublishAsync(
            App,
            WithRound(deadline.AddDays(-30), deadline, deadline, judgingCloses, "Reminded judges"),
            [DemoAccounts.Judge]
        );
        Assert.True((await Use(sp => sp.SubmitCompleteAsync(solver, id, "Entry", "Body", []))).Succeeded);

        var run = await WaitForRunAsync(id, "r1/remind-Judges/1440min");
        Assert.True(run.Succeeded, run.Error);
        Assert.Equal([judge.UserId!], await RecipientsAsync(id, NotificationKind.ScoringReminder));
        Assert.Contains(manager.UserId!, await RecipientsAsync(id, NotificationKind.MissingScores));
        Assert.DoesNotContain(judge.UserId!, await RecipientsAsync(id, NotificationKind.MissingScores));
    }

    [SkippableFact]
    public async Task Only_platform_admins_reach_the_jobs_dashboard()
    {
        SkipIfUnavailable();
        foreach (var email in new[] { DemoAccounts.NantongManager, DemoAccounts.Solver, DemoAccounts.Judge })
        {
            var actor = await App.ActorAsync(email);
            await Use(async sp =>
            {
                var dashboard = sp.GetRequiredService<JobsDashboard>();
                Assert.Equal(RuleCodes.AccessDenied, (await dashboard.SummaryAsync(actor)).Violation?.Code);
                Assert.Equal(RuleCodes.AccessDenied, (await dashboard.UpcomingAsync(actor)).Violation?.Code);
                Assert.Equal(RuleCodes.AccessDenied, (await dashboard.RunsAsync(actor, failedOnly: false)).Violation?.Code);
                Assert.Equal(RuleCodes.AccessDenied, (await dashboard.SetPausedAsync(actor, paused: true)).Violation?.Code);
                Assert.Equal(
                    RuleCodes.AccessDenied,
                    (await dashboard.TriggerNowAsync(actor, "r1/SubmissionsClose", "any")).Violation?.Code
                );
                Assert.Equal(RuleCodes.AccessDenied, (await dashboard.RetryAsync(actor, Guid.NewGuid())).Violation?.Code);
                return true;
            });
        }

        var manager = await BrowserlessClient.SignedInAsync(App, DemoAccounts.NantongManager);
        Assert.NotEqual(HttpStatusCode.OK, (await manager.Http.GetAsync("/admin/jobs")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await BrowserlessClient.Anonymous(App).Http.GetAsync("/admin/jobs")).StatusCode);

        var admin = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Admin);
        var page = await admin.GetDocumentAsync("/admin/jobs");
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=jobs-upcoming-row]"));
        Assert.NotNull(page.QuerySelector("[data-testid=scheduler-state]"));
    }

    [SkippableFact]
    public async Task Admins_see_what_is_planned_and_what_failed_and_can_run_retry_and_pause()
    {
        SkipIfUnavailable();
        var admin = await App.ActorAsync(DemoAccounts.Admin);
        var dashboard = (Func<JobsDashboard, Task<Outcome>> act) => Use(sp => act(sp.GetRequiredService<JobsDashboard>()));
        var farDeadline = DateTime.UtcNow.AddDays(400);
        var id = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(farDeadline, "Dashboard clock", DateTime.UtcNow.AddDays(-1))
        );

        // Planned steps show what they are; "run now" of a step not yet due is harmless (the domain decides).
        var upcoming = (await Use(sp => sp.GetRequiredService<JobsDashboard>().UpcomingAsync(admin))).Value!;
        Assert.Contains(upcoming, t => t.JobName == TechChallenge.Infrastructure.Notifications.MailDeliveryJob.Key.Name);
        var close = ChallengeClock.MilestoneKey(id, 1, MilestoneKind.SubmissionsClose);
        Assert.True((await dashboard(d => d.TriggerNowAsync(admin, close.Name, close.Group))).Succeeded);
        var early = await WaitForRunAsync(id, close.Name, manual: true);
        Assert.True(early.Succeeded, early.Error);
        Assert.Equal(ChallengeStatus.SubmissionsOpen, await StatusAsync(id));
        Assert.Equal(RuleCodes.NotFound, (await dashboard(d => d.TriggerNowAsync(admin, "no-such-trigger", close.Group))).Violation?.Code);

        // A run that fails is listed with its error and can be retried with the same data.
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var marker = Guid.NewGuid().ToString("N");
        await scheduler.TriggerJob(
            ChallengeTimerJob.Key,
            new JobDataMap { [JobData.ChallengeIdKey] = "not-a-challenge", ["marker"] = marker }
        );
        var failed = await WaitForFailedRunAsync(admin, marker, 1);
        Assert.Contains("no valid challenge id", failed.Error);
        Assert.Equal(RuleCodes.JobRunNotFailed, (await dashboard(d => d.RetryAsync(admin, early.Id))).Violation?.Code);
        Assert.True((await dashboard(d => d.RetryAsync(admin, failed.Id))).Succeeded);
        await WaitForFailedRunAsync(admin, marker, 2);

        // Paused, a deadline passes without effect; resumed, it is applied at once.
        var deadline = DateTime.UtcNow.AddSeconds(3);
        var soon = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(deadline, "Paused clock"));
        Assert.True((await dashboard(d => d.SetPausedAsync(admin, paused: true))).Succeeded);
        try
        {
            Assert.True((await Use(sp => sp.GetRequiredService<JobsDashboard>().SummaryAsync(admin))).Value!.Paused);
            await Task.Delay(deadline - DateTime.UtcNow + TimeSpan.FromSeconds(3));
            Assert.Equal(ChallengeStatus.SubmissionsOpen, await StatusAsync(soon));
        }
        finally
        {
            Assert.True((await dashboard(d => d.SetPausedAsync(admin, paused: false))).Succeeded);
        }

        Assert.False((await Use(sp => sp.GetRequiredService<JobsDashboard>().SummaryAsync(admin))).Value!.Paused);
        Assert.Equal(ChallengeStatus.Judging, await WaitForStatusAsync(soon, ChallengeStatus.Judging));
    }

    private Task<ChallengeStatus> StatusAsync(Guid id) => App.ChallengeStatusAsync(id);

    private Task<ChallengeStatus> WaitForStatusAsync(Guid id, ChallengeStatus expected) =>
        App.WaitForChallengeStatusAsync(id, expected, TimeSpan.FromSeconds(30));

    private Task<List<string>> RecipientsAsync(Guid challengeId, NotificationKind kind) =>
        App.WithDbAsync(db =>
            db.Notifications.Where(n => n.ChallengeId == challengeId && n.Kind == kind).Select(n => n.UserId).ToListAsync()
        );

    /// <summary>The first recorded run of the challenge's trigger (or of a manual run of it, which gets its own trigger name).</summary>
    private async Task<JobRun> WaitForRunAsync(Guid challengeId, string triggerName, bool manual = false)
    {
        var runs = await WaitForRunsAsync(
            challengeId,
            r => manual ? r.TriggerName != triggerName && r.JobDataJson.Contains(challengeId.ToString()) : r.TriggerName == triggerName,
            1
        );
        return runs[0];
    }

    private async Task<List<JobRun>> WaitForRunsAsync(Guid challengeId, Func<JobRun, bool> match, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var runs = (
                await App.WithDbAsync(db => db.JobRuns.Where(r => r.ChallengeId == challengeId).OrderBy(r => r.FinishedUtc).ToListAsync())
            )
                .Where(match)
                .ToList();
            if (runs.Count >= count)
            {
                return runs;
            }

            Assert.True(DateTime.UtcNow < until, $"{runs.Count} of {count} expected runs recorded for {challengeId}");
            await Task.Delay(200);
        }
    }

    private async Task<JobRunView> WaitForFailedRunAsync(Actor admin, string marker, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var ids = await App.WithDbAsync(db =>
                db.JobRuns.Where(r => !r.Succeeded && r.JobDataJson.Contains(marker)).Select(r => r.Id).ToListAsync()
            );
            var failed = (await Use(sp => sp.GetRequiredService<JobsDashboard>().RunsAsync(admin, failedOnly: true)))
                .Value!.Where(r => ids.Contains(r.Id))
                .ToList();
            if (failed.Count >= count)
            {
                Assert.All(failed, r => Assert.False(r.Succeeded));
                return failed[0];
            }

            Assert.True(DateTime.UtcNow < until, $"{failed.Count} of {count} failed runs listed");
            await Task.Delay(200);
        }
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteClockTests(SqliteAppFixture fixture) : ClockTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresClockTests(PostgresAppFixture fixture)
    : ClockTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
