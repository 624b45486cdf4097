using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>Shortlisting round 1's entries for round 2, on SQLite and PostgreSQL: ties at the cut, who hears what, and who may not.</summary>
public abstract class ShortlistTests<TFixture>(TFixture fixture) : AppTests<TFixture>(fixture) where TFixture : AppFixture
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
            var submitted = await Use<ProposalService, Outcome<SubmittedVersion>>(p => p.SubmitCompleteAsync(author, challengeId, $"Entry {title}", "Route.", []));
            teams.Add((author, submitted.Value.ProposalId));
        }

        // Round 1 cannot be shortlisted before it is judged.
        Assert.Equal(RuleCodes.ShortlistNotYet, (await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(manager, challengeId, 2, RankingBasis.Raw))).Violation?.Code);
        Assert.Equal(ChallengeStatus.Judging, await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30)));

        // A 90, B and C 50 (tied), D unscored.
        var criteria = (await Use<JudgingService, ScorecardView?>(j => j.GetScorecardAsync(judge, teams[0].Entry)))!.Criteria.Select(c => c.Id).ToArray();
        foreach (var (entry, value) in new[] { (teams[0].Entry, 9m), (teams[1].Entry, 5m), (teams[2].Entry, 5m) })
        {
            Assert.True((await Use<JudgingService, Outcome>(j => j.SaveScorecardAsync(judge, entry, new Dictionary<Guid, decimal> { [criteria[0]] = value, [criteria[1]] = value }, null))).Succeeded);
        }

        // Only the challenge's own organisers shortlist; a hand-picked list must name entries of the round.
        Assert.Equal(RuleCodes.AccessDenied, (await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(otherManager, challengeId, 2, RankingBasis.Raw))).Violation?.Code);
        Assert.Equal(RuleCodes.AccessDenied, (await Use<ShortlistService, Outcome<int>>(s => s.AdvancePickedAsync(teams[3].Author, challengeId, [teams[3].Entry]))).Violation?.Code);
        Assert.Null(await Use<ShortlistService, ShortlistView?>(s => s.GetAsync(otherManager, challengeId)));
        Assert.Equal(RuleCodes.NotFound, (await Use<ShortlistService, Outcome<int>>(s => s.AdvancePickedAsync(manager, challengeId, [teams[0].Entry, Guid.NewGuid()]))).Violation?.Code);

        var advanced = await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(manager, challengeId, 2, RankingBasis.Raw));
        Assert.Equal(3, advanced.Value);
        var view = (await Use<ShortlistService, ShortlistView?>(s => s.GetAsync(manager, challengeId)))!;
        Assert.Equal(["Entry A · Team A", "Entry B · Team B", "Entry C · Team C"], view.Advanced.Select(a => a.Name).Order());
        Assert.Equal(RuleCodes.ShortlistAlreadyMade, view.Closed?.Code);
        Assert.Equal(RuleCodes.ShortlistAlreadyMade, (await Use<ShortlistService, Outcome<int>>(s => s.AdvancePickedAsync(manager, challengeId, [teams[3].Entry]))).Violation?.Code);

        // Every team hears whether it goes on, and reads where it stands; no one else does.
        var told = await App.WithDbAsync(db => db.Notifications.Where(n => n.ChallengeId == challengeId && (n.Kind == NotificationKind.Shortlisted || n.Kind == NotificationKind.NotShortlisted))
            .Select(n => new { n.UserId, n.Kind }).ToListAsync());
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
    public async Task A_challenge_with_one_round_has_nothing_to_shortlist_for()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var challengeId = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(3), $"One round {Guid.NewGuid():N}"));

        var view = (await Use<ShortlistService, ShortlistView?>(s => s.GetAsync(manager, challengeId)))!;
        Assert.Null(view.NextRoundNumber);
        Assert.Equal(RuleCodes.ShortlistNoNextRound, (await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(manager, challengeId, 1, RankingBasis.Raw))).Violation?.Code);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteShortlistTests(SqliteAppFixture fixture) : ShortlistTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresShortlistTests(PostgresAppFixture fixture) : ShortlistTests<PostgresAppFixture>(fixture), IClassFixture<PostgresAppFixture>;
