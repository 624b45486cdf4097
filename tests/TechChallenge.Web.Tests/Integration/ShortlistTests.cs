using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// Shortlisting round 1's entries for round 2, on SQLite and PostgreSQL: ties at the cut, who hears what, and who may not.
/// </summary>
public abstract class ShortlistTests<TFixture>(TFixture fixture) : AppTests<TFixture>(fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task The_top_k_with_ties_go_on_to_round_two_every_team_is_told_and_only_the_challenges_organisers_shortlist_once()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var judge = await App.ActorAsync(DemoAccounts.Judge);
        var deadline = DateTime.UtcNow.AddSeconds(6);
        var content = ChallengeScenarios.Content(deadline, $"Two rounds {Guid.NewGuid():N}") with
        {
            Rounds =
            [
                new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline, deadline.AddDays(2)),
                new RoundPlan("Final roadshow 路演", deadline.AddDays(3), deadline.AddDays(10), deadline.AddDays(10), deadline.AddDays(14)),
            ],
        };
        var challengeId = await ChallengeScenarios.PublishAsync(App, content, [DemoAccounts.Judge]);
        var teams = new List<(Actor Author, Guid Entry)>();
        foreach (var title in new[] { "A", "B", "C", "D" })
        {
            var (author, _) = await App.NewUserAsync(Roles.Solver, displayName: $"Team {title}");
            var submitted = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
                services.SubmitCompleteAsync(author, challengeId, $"Entry {title}", "Route.", [])
            );
            teams.Add((author, submitted.Value.ProposalId));
        }

        // Round 1 cannot be shortlisted before it is judged.
        Assert.Equal(
            RuleCodes.ShortlistNotYet,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(manager, challengeId, 2, RankingBasis.Raw))).Violation?.Code
        );
        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );

        // A 90, B and C 50 (tied), D unscored.
        var criteria = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judge, teams[0].Entry)))!
            .Criteria.Select(c => c.Id)
            .ToArray();
        foreach (var (entry, value) in new[] { (teams[0].Entry, 9m), (teams[1].Entry, 5m), (teams[2].Entry, 5m) })
        {
            Assert.True(
                (
                    await Use<JudgeScorecards, Outcome>(j =>
                        j.SaveScorecardAsync(
                            judge,
                            entry,
                            new Dictionary<Guid, decimal> { [criteria[0]] = value, [criteria[1]] = value },
                            null
                        )
                    )
                ).Succeeded
            );
        }

        // Only the challenge's own organisers shortlist; a hand-picked list must name entries of the round.
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(otherManager, challengeId, 2, RankingBasis.Raw)))
                .Violation
                ?.Code
        );
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvancePickedAsync(teams[3].Author, challengeId, [teams[3].Entry])))
                .Violation
                ?.Code
        );
        Assert.Null(await Use<ShortlistService, ShortlistView?>(s => s.GetAsync(otherManager, challengeId)));
        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvancePickedAsync(manager, challengeId, [teams[0].Entry, Guid.NewGuid()])))
                .Violation
                ?.Code
        );

        var advanced = await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(manager, challengeId, 2, RankingBasis.Raw));
        Assert.Equal(3, advanced.Value);
        var view = (await Use<ShortlistService, ShortlistView?>(s => s.GetAsync(manager, challengeId)))!;
        Assert.Equal(["Entry A · Team A", "Entry B · Team B", "Entry C · Team C"], view.Advanced.Select(a => a.Name).Order());
        Assert.Equal(RuleCodes.ShortlistAlreadyMade, view.Closed?.Code);
        Assert.Equal(
            RuleCodes.ShortlistAlreadyMade,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvancePickedAsync(manager, challengeId, [teams[3].Entry]))).Violation?.Code
        );

        // Every team hears whether it goes on, and reads where it stands; no one else does.
        var told = await App.WithDbAsync(db =>
            db.Notifications.Where(n =>
                    n.ChallengeId == challengeId && (n.Kind == NotificationKind.Shortlisted || n.Kind == NotificationKind.NotShortlisted)
                )
                .Select(n => new { n.UserId, n.Kind })
                .ToListAsync()
        );
        Assert.Equal(4, told.Count);
        Assert.Equal(NotificationKind.NotShortlisted, told.Single(t => t.UserId == teams[3].Author.UserId).Kind);
        Assert.All(teams.Take(3), t => Assert.Equal(NotificationKind.Shortlisted, told.Single(n => n.UserId == t.Author.UserId).Kind));
        var standing = (await Use<ShortlistService, RoundStanding?>(s => s.StandingAsync(teams[0].Author, teams[0].Entry)))!;
        Assert.Equal((2, "Final roadshow 路演", true), (standing.RoundNumber, standing.RoundName, standing.Advanced));
        Assert.False((await Use<ShortlistService, RoundStanding?>(s => s.StandingAsync(teams[3].Author, teams[3].Entry)))!.Advanced);
        Assert.Null(await Use<ShortlistService, RoundStanding?>(s => s.StandingAsync(teams[3].Author, teams[0].Entry)));
        Assert.Null(await Use<ShortlistService, RoundStanding?>(s => s.StandingAsync(manager, teams[0].Entry)));
    }

    [SkippableFact]
    public async Task Three_rounds_the_finalists_are_shortlisted_from_round_two_once_it_is_judged_and_only_its_teams_hear()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var (secondRoundJudge, _) = await App.NewUserAsync(Roles.Judge);
        var deadline = DateTime.UtcNow.AddSeconds(6);
        var content = ChallengeScenarios.Content(deadline, $"Three rounds {Guid.NewGuid():N}") with
        {
            Rounds =
            [
                new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline, deadline.AddDays(2)),
                new RoundPlan("Finalists", deadline.AddDays(3), deadline.AddDays(10), deadline.AddDays(10), deadline.AddDays(14)),
                new RoundPlan("Roadshow 路演", deadline.AddDays(15), deadline.AddDays(20), deadline.AddDays(20), deadline.AddDays(24)),
            ],
        };
        var challengeId = await ChallengeScenarios.PublishAsync(App, content, [DemoAccounts.Judge]);
        var teams = new Dictionary<string, (Actor Author, Guid Entry)>();
        foreach (var title in new[] { "A", "B", "C" })
        {
            var (author, _) = await App.NewUserAsync(Roles.Solver, displayName: $"Team {title}");
            teams[title] = (
                author,
                (
                    await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
                        services.SubmitCompleteAsync(author, challengeId, $"Entry {title}", "Route.", [])
                    )
                )
                    .Value
                    .ProposalId
            );
        }

        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );
        Assert.Equal(
            2,
            (
                await Use<ShortlistService, Outcome<int>>(s =>
                    s.AdvancePickedAsync(manager, challengeId, [teams["A"].Entry, teams["B"].Entry])
                )
            ).Value
        );

        // A second click while round 2 has not begun: the same shortlist, already made.
        Assert.Equal(
            RuleCodes.ShortlistAlreadyMade,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvancePickedAsync(manager, challengeId, [teams["A"].Entry]))).Violation?.Code
        );

        // Round 2's submissions close: its entries are shortlisted for the roadshow, from round 2's own ranking.
        await App.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var rounds = await db.ChallengeRounds.Where(r => r.ChallengeId == challengeId).OrderBy(r => r.Number).ToListAsync();
            (rounds[0].JudgingClosesUtc, rounds[1].SubmissionOpensUtc, rounds[1].SubmissionClosesUtc, rounds[1].JudgingOpensUtc) = (
                now.AddMinutes(-3),
                now.AddMinutes(-2),
                now.AddSeconds(-1),
                now.AddSeconds(-1)
            );
            return await db.SaveChangesAsync();
        });
        var view = (await Use<ShortlistService, ShortlistView?>(s => s.GetAsync(manager, challengeId)))!;
        Assert.Equal((3, "Roadshow 路演", null), (view.NextRoundNumber, view.NextRoundName, view.Closed));
        Assert.Equal(["Entry A · Team A", "Entry B · Team B"], view.Entries.Select(e => e.Name));
        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvancePickedAsync(manager, challengeId, [teams["C"].Entry]))).Violation?.Code
        );

        Assert.True(
            (await Use<ChallengeAuthoring, Outcome>(c => c.SetJudgesAsync(manager, challengeId, [secondRoundJudge.UserId!], 2))).Succeeded
        );
        var criteria = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(secondRoundJudge, teams["B"].Entry, 2)))!
            .Criteria.Select(c => c.Id)
            .ToList();
        foreach (var (title, value) in new[] { ("A", 4m), ("B", 8m) })
        {
            Assert.True(
                (
                    await Use<JudgeScorecards, Outcome>(j =>
                        j.SaveScorecardAsync(
                            secondRoundJudge,
                            teams[title].Entry,
                            2,
                            new ScorecardInput(criteria.ToDictionary(c => c, _ => value), null)
                        )
                    )
                ).Succeeded
            );
        }

        Assert.Equal(
            1,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(manager, challengeId, 1, RankingBasis.Raw))).Value
        );
        var roadshow = await App.WithDbAsync(db =>
            db.RoundEntries.Where(e => e.ChallengeId == challengeId && e.RoundNumber == 3).Select(e => e.ProposalId).ToListAsync()
        );
        Assert.Equal([teams["B"].Entry], roadshow);

        // Only round 2's teams hear of the roadshow shortlist; team C, out since round 1, hears nothing more.
        var told = await App.WithDbAsync(db =>
            db.Notifications.Where(n =>
                    n.ChallengeId == challengeId && (n.Kind == NotificationKind.Shortlisted || n.Kind == NotificationKind.NotShortlisted)
                )
                .Select(n => new { n.UserId, n.Kind })
                .ToListAsync()
        );
        (int Yes, int No) Heard(string team) =>
            (
                told.Count(n => n.UserId == teams[team].Author.UserId && n.Kind == NotificationKind.Shortlisted),
                told.Count(n => n.UserId == teams[team].Author.UserId && n.Kind == NotificationKind.NotShortlisted)
            );
        Assert.Equal((1, 1), Heard("A"));
        Assert.Equal((2, 0), Heard("B"));
        Assert.Equal((0, 1), Heard("C"));
        Assert.Equal(
            (3, "Roadshow 路演", false),
            Standing(await Use<ShortlistService, RoundStanding?>(s => s.StandingAsync(teams["A"].Author, teams["A"].Entry)))
        );
        Assert.Equal(
            (3, "Roadshow 路演", true),
            Standing(await Use<ShortlistService, RoundStanding?>(s => s.StandingAsync(teams["B"].Author, teams["B"].Entry)))
        );
        Assert.Equal(
            RuleCodes.ShortlistAlreadyMade,
            (await Use<ShortlistService, ShortlistView?>(s => s.GetAsync(manager, challengeId)))!.Closed?.Code
        );
    }

    private static (int, string, bool) Standing(RoundStanding? standing) =>
        standing is null ? default : (standing.RoundNumber, standing.RoundName, standing.Advanced);

    [SkippableFact]
    public async Task A_challenge_with_one_round_has_nothing_to_shortlist_for()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(3), $"One round {Guid.NewGuid():N}")
        );

        var view = (await Use<ShortlistService, ShortlistView?>(s => s.GetAsync(manager, challengeId)))!;
        Assert.Null(view.NextRoundNumber);
        Assert.Equal(
            RuleCodes.ShortlistNoNextRound,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(manager, challengeId, 1, RankingBasis.Raw))).Violation?.Code
        );
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteShortlistTests(SqliteAppFixture fixture)
    : ShortlistTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresShortlistTests(PostgresAppFixture fixture)
    : ShortlistTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
