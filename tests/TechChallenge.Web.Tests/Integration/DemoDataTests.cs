using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// The demo data is loaded at whatever time the app starts, and must be true at that time: each challenge is in the
/// phase it claims, its process log is history, each has criteria of its own. Each subclass loads it at another time.
/// </summary>
public abstract class DemoDataTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture, IDemoClock
{
    protected TechChallengeApp App => fixture.App;

    protected DateTime Now => App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    private Task<List<Challenge>> DemoChallengesAsync() =>
        App.WithDbAsync(db => db.Challenges.AsNoTracking().AsSplitQuery().Include(c => c.Transitions).ToListAsync());

    [Fact]
    public void The_app_runs_on_the_clock_the_data_was_loaded_with()
    {
        Assert.InRange(Now, fixture.StartUtc, fixture.StartUtc.AddMinutes(10));
    }

    [Fact]
    public async Task Each_challenge_is_in_the_phase_its_dates_say()
    {
        var now = Now;
        var challenges = await DemoChallengesAsync();

        Assert.Equal(
            [
                ChallengeStatus.Draft,
                ChallengeStatus.SubmittedForReview,
                ChallengeStatus.SubmissionsOpen,
                ChallengeStatus.SubmissionsOpen,
                ChallengeStatus.SubmissionsOpen,
                ChallengeStatus.Judging,
            ],
            challenges.Select(c => c.Status).Order()
        );
        Assert.All(challenges, c =>
        {
            var round = c.Round(1)!;
            var why = $"{c.Title} is {c.Status} at {now:u}: opens {round.SubmissionOpensUtc:u}, closes {round.SubmissionClosesUtc:u}";
            switch (c.Status)
            {
                case ChallengeStatus.Draft or ChallengeStatus.SubmittedForReview:
                    Assert.True(now < round.SubmissionOpensUtc, why);
                    break;
                case ChallengeStatus.SubmissionsOpen:
                    Assert.True(round.SubmissionOpensUtc < now && now < round.SubmissionClosesUtc, why);
                    Assert.Null(ChallengeLifecycle.CheckAcceptsSubmissions(c, now));
                    break;
                default:
                    Assert.True(round.SubmissionClosesUtc < now && now < round.JudgingClosesUtc, why);
                    Assert.Null(ChallengeLifecycle.CheckAcceptsScores(c, 1, now));
                    Assert.NotNull(ChallengeLifecycle.CheckAcceptsSubmissions(c, now));
                    break;
            }

            // Nothing the clock should already have done is left waiting.
            Assert.All(c.PendingMilestones(), m => Assert.True(m.AtUtc > now, $"{why}: {m.Kind} of round {m.Round} at {m.AtUtc:u}"));
        });
    }

    [Fact]
    public async Task The_process_log_and_every_recorded_time_are_in_the_past()
    {
        var now = Now;
        var challenges = await DemoChallengesAsync();
        // The demo's entries (tests here add others, at the database's time).
        var judged = challenges.Single(c => c.Status == ChallengeStatus.Judging).Id;
        var proposalTimes = await App.WithDbAsync(db =>
            db.Proposals.Where(p => p.ChallengeId == judged).Select(p => new[] { p.DraftSavedUtc, p.SubmittedAtUtc!.Value }).ToListAsync()
        );

        Assert.All(challenges, c => Assert.True(c.CreatedAtUtc < now, $"{c.Title} created {c.CreatedAtUtc:u}"));
        Assert.All(challenges.Where(c => c.PublishedAtUtc is not null), c => Assert.True(c.PublishedAtUtc < now, c.Title));
        var log = challenges.SelectMany(c => c.Transitions.Select(t => (c.Title, t))).ToList();
        Assert.Contains(log, entry => entry.t.Trigger == ChallengeTrigger.OpenSubmissions);
        Assert.All(log, entry => Assert.True(entry.t.AtUtc < now, $"{entry.Title}: {entry.t.To} at {entry.t.AtUtc:u}, now {now:u}"));
        Assert.NotEmpty(proposalTimes);
        Assert.All(proposalTimes.SelectMany(times => times), at => Assert.True(at < now, $"proposal time {at:u}"));
    }

    [Fact]
    public async Task No_two_challenges_share_criteria()
    {
        var criteria = await App.WithDbAsync(db =>
            db.ScoringCriteria.Select(c => new
                {
                    c.Id,
                    c.ChallengeId,
                    c.Name,
                    c.Description,
                })
                .ToListAsync()
        );

        Assert.Equal(6, criteria.Select(c => c.ChallengeId).Distinct().Count());
        Assert.Equal(criteria.Count, criteria.Select(c => c.Id).Distinct().Count());
        var shared = criteria
            .GroupBy(c => (c.Name, c.Description))
            .Where(g => g.Select(c => c.ChallengeId).Distinct().Count() > 1)
            .Select(g => g.Key.Name)
            .ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public async Task The_demo_solver_can_start_a_proposal_on_each_open_challenge()
    {
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var open = await OpenChallengesAsync();

        Assert.Equal(3, open.Count);
        foreach (var challengeId in open)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var drafts = scope.ServiceProvider.GetRequiredService<ProposalDrafts>();
            var saved = await drafts.SaveDraftAsync(
                solver,
                challengeId,
                new DraftInput(0, "Yangtze River Delta pilot 长三角中试", "Draft", [])
            );
            Assert.True(saved.Succeeded, $"{challengeId}: {saved.Violation?.Code}");
        }
    }

    protected Task<List<Guid>> OpenChallengesAsync() =>
        App.WithDbAsync(db => db.Challenges.Where(c => c.Status == ChallengeStatus.SubmissionsOpen).Select(c => c.Id).ToListAsync());

    /// <summary>
    /// Submissions are timed by the database's own clock, which no test moves: this holds only for load times within a
    /// day of the real time, as the subclasses that call it are.
    /// </summary>
    protected async Task AssertEachOpenChallengeTakesASubmissionAsync()
    {
        var solver = await App.ActorAsync(DemoAccounts.Solver2);
        foreach (var challengeId in await OpenChallengesAsync())
        {
            await using var scope = App.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var submitted = await services.SubmitCompleteAsync(solver, challengeId, "Wujin graphene route 武进石墨烯路线", "Entry", []);
            Assert.True(submitted.Succeeded, $"{challengeId}: {submitted.Violation?.Code}");
        }
    }
}

/// <summary>The time a fixture's app starts at.</summary>
public interface IDemoClock
{
    DateTime StartUtc { get; }
}

/// <summary>China's day begins (UTC is still on the day before): dates made from the UTC day would be a day off.</summary>
public sealed class DemoDataAtDayStartFixture : SqliteAppFixture, IDemoClock
{
    public DateTime StartUtc { get; } = ChinaToday().AddMinutes(1).AddHours(-8);

    protected override TimeProvider Clock => new ShiftedClock(StartUtc);

    internal static DateTime ChinaToday() => DateTime.SpecifyKind(DateTime.UtcNow.AddHours(8).Date, DateTimeKind.Utc);
}

/// <summary>China's day ends: a step "later today" would already be tomorrow.</summary>
public sealed class DemoDataAtDayEndFixture : SqliteAppFixture, IDemoClock
{
    public DateTime StartUtc { get; } = DemoDataAtDayStartFixture.ChinaToday().AddHours(24 - 8).AddMinutes(-1);

    protected override TimeProvider Clock => new ShiftedClock(StartUtc);
}

/// <summary>Years from now, at an hour when UTC and China are on different days.</summary>
public sealed class DemoDataYearsAheadFixture : SqliteAppFixture, IDemoClock
{
    public DateTime StartUtc { get; } = new(2031, 2, 28, 17, 30, 0, DateTimeKind.Utc);

    protected override TimeProvider Clock => new ShiftedClock(StartUtc);
}

public sealed class DemoDataAtDayStartTests(DemoDataAtDayStartFixture fixture)
    : DemoDataTests<DemoDataAtDayStartFixture>(fixture),
        IClassFixture<DemoDataAtDayStartFixture>
{
    [Fact]
    public Task Each_open_challenge_takes_a_submission_at_the_databases_time() => AssertEachOpenChallengeTakesASubmissionAsync();
}

public sealed class DemoDataAtDayEndTests(DemoDataAtDayEndFixture fixture)
    : DemoDataTests<DemoDataAtDayEndFixture>(fixture),
        IClassFixture<DemoDataAtDayEndFixture>
{
    [Fact]
    public Task Each_open_challenge_takes_a_submission_at_the_databases_time() => AssertEachOpenChallengeTakesASubmissionAsync();
}

public sealed class DemoDataYearsAheadTests(DemoDataYearsAheadFixture fixture)
    : DemoDataTests<DemoDataYearsAheadFixture>(fixture),
        IClassFixture<DemoDataYearsAheadFixture>;
