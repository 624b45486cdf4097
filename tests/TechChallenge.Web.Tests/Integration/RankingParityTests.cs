using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// The rank a team reads in its feedback is the rank the organisers see, on SQLite and PostgreSQL: on data that
/// exercises every input of the ranking (two judges, a declared conflict, a draft card, a shared rank, an entry
/// nobody scored).
/// </summary>
public abstract class RankingParityTests<TFixture>(TFixture fixture) : AppTests<TFixture>(fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Each_team_reads_the_rank_and_score_the_organisers_ranking_gives_its_entry()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var (first, firstEmail) = await App.NewUserAsync(Roles.Judge, displayName: "Judge One");
        var (second, secondEmail) = await App.NewUserAsync(Roles.Judge, displayName: "Judge Two");
        var deadline = DateTime.UtcNow.AddSeconds(7);
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(deadline, $"Ranking parity {Guid.NewGuid():N}"),
            [firstEmail, secondEmail]
        );
        var teams = new Dictionary<string, (Actor Author, Guid Entry)>();
        foreach (var title in new[] { "A", "B", "C", "D", "E" })
        {
            var (author, _) = await App.NewUserAsync(Roles.Solver, displayName: $"Team {title}");
            await using var scope = App.Services.CreateAsyncScope();
            var submitted = await scope.ServiceProvider.SubmitCompleteAsync(author, challengeId, $"Entry {title}", "Route.", []);
            teams[title] = (author, submitted.Value.ProposalId);
        }

        var status = await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30));
        Assert.Equal(ChallengeStatus.Judging, status);
        var criteria = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(first, teams["A"].Entry)))!
            .Criteria.Select(c => c.Id)
            .ToArray();
        async Task ScoreAsync(Actor judge, string team, decimal conductivity, decimal cost)
        {
            var scores = new Dictionary<Guid, decimal> { [criteria[0]] = conductivity, [criteria[1]] = cost };
            var saved = await Use<JudgeScorecards, Outcome>(j => j.SaveScorecardAsync(judge, teams[team].Entry, scores, null));
            Assert.True(saved.Succeeded, saved.Violation?.ToString());
        }

        // Conductivity weighs 70, cost 30: A 90 and 84 (87); B 62 and 60 (61); D 61 alone, as the second judge's
        // card is a draft, so B and D share rank 2; C would be 75 but the second judge declares a conflict with it, so
        // 50; E has no card and no rank.
        await ScoreAsync(first, "A", 9, 9);
        await ScoreAsync(second, "A", 9, 7);
        await ScoreAsync(first, "B", 8, 2);
        await ScoreAsync(second, "B", 6, 6);
        await ScoreAsync(first, "C", 5, 5);
        await ScoreAsync(second, "C", 10, 10);
        await ScoreAsync(first, "D", 7, 4);
        var draft = new ScorecardInput(new Dictionary<Guid, decimal> { [criteria[0]] = 10 }, null);
        Assert.True((await Use<JudgeScorecards, Outcome>(j => j.SaveScorecardDraftAsync(second, teams["D"].Entry, draft))).Succeeded);
        var conflict = await Use<JudgeConflicts, Outcome>(j => j.DeclareConflictAsync(second, teams["C"].Entry, "Co-author of the lead"));
        Assert.True(conflict.Succeeded);

        var released = await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, challengeId, [], releaseScores: true));
        Assert.True(released.Succeeded);
        var published = await Use<ChallengeLifecycleMoves, Outcome>(c =>
            c.TransitionAsync(manager, challengeId, ChallengeTrigger.PublishResults)
        );
        Assert.True(published.Succeeded);

        Task<RankingView?> RankingAsync(RankingBasis basis) =>
            Use<RankingQuery, RankingView?>(r => r.GetRankingAsync(manager, challengeId, basis, roundNumber: 1));
        var organisers = (await RankingAsync(RankingBasis.Raw))!;
        Assert.Equal(
            [("A", 1, 87m), ("B", 2, 61m), ("D", 2, 61m), ("C", 4, 50m), ("E", (int?)null, (decimal?)null)],
            organisers
                .Rows.Select(r => (r.ProposalTitle[^1..], r.Rank, r.RawScore))
                .OrderBy(r => r.Rank ?? int.MaxValue)
                .ThenBy(r => r.Item1)
        );
        foreach (var (title, (author, entry)) in teams)
        {
            var feedback = (await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(author, entry)))!;
            var row = organisers.Rows.Single(r => r.ProposalId == entry);
            Assert.True(feedback.ScoresReleased, title);
            Assert.Equal((row.Rank, row.RawScore, organisers.Rows.Count), (feedback.Rank, feedback.RawScore, feedback.EntryCount));
        }

        // Teams are shown the raw ranking only; the normalised one is read from the same cards, entries and conflicts.
        var normalised = (await RankingAsync(RankingBasis.Normalized))!;
        Assert.Equal(
            organisers.Rows.Select(r => (r.ProposalId, r.RawScore, r.ScorecardCount)).OrderBy(r => r.ProposalId),
            normalised.Rows.Select(r => (r.ProposalId, r.RawScore, r.ScorecardCount)).OrderBy(r => r.ProposalId)
        );
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteRankingParityTests(SqliteAppFixture fixture)
    : RankingParityTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresRankingParityTests(PostgresAppFixture fixture)
    : RankingParityTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
