using System.Net;
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

/// <summary>Awards, publication and each team's feedback, on SQLite and PostgreSQL, with the denials around them.</summary>
public abstract class ResultsTests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private TechChallengeApp App => fixture.App;

    private void SkipIfUnavailable() => Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

    private async Task<T> Use<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private sealed record Scenario(Guid ChallengeId, Actor Winner, Guid WinnerEntry, Actor Other, Guid OtherEntry, Actor Judge);

    /// <summary>A challenge in judging with two entries, each scored by one judge with a comment to the solver.</summary>
    private async Task<Scenario> JudgedChallengeAsync(DateTime deadline)
    {
        var (judge, judgeEmail) = await App.NewUserAsync(Roles.Judge, displayName: "Judge Zhou 周");
        var challengeId = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(deadline, $"Results {Guid.NewGuid():N}"), [judgeEmail]);
        var (winner, _) = await App.NewUserAsync(Roles.Solver, displayName: "Winner 胜者");
        var (other, _) = await App.NewUserAsync(Roles.Solver, displayName: "Runner-up");
        async Task<Guid> SubmitAsync(Actor author, string title) =>
            (await Use<ProposalService, Outcome<SubmittedVersion>>(p => p.SubmitCompleteAsync(author, challengeId, title, "Route.", []))).Value.ProposalId;
        return new Scenario(challengeId, winner, await SubmitAsync(winner, "银浆 Silver paste"), other, await SubmitAsync(other, "Copper paste"), judge);
    }

    private async Task ScoreAsync(Scenario scenario)
    {
        Assert.Equal(ChallengeStatus.Judging, await App.WaitForChallengeStatusAsync(scenario.ChallengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30)));
        var criteria = (await Use<JudgingService, ScorecardView?>(j => j.GetScorecardAsync(scenario.Judge, scenario.WinnerEntry)))!.Criteria.Select(c => c.Id).ToArray();
        foreach (var (entry, value) in new[] { (scenario.WinnerEntry, 9m), (scenario.OtherEntry, 5m) })
        {
            var saved = await Use<JudgingService, Outcome>(j => j.SaveScorecardAsync(
                scenario.Judge, entry, new Dictionary<Guid, decimal> { [criteria[0]] = value, [criteria[1]] = value }, "Internal: compare with supplier quotes.", Recommendation.Recommend,
                new Dictionary<Guid, string> { [criteria[0]] = $"导电性评语 {value}" }));
            Assert.True(saved.Succeeded, saved.Violation?.ToString());
        }
    }

    [SkippableFact]
    public async Task Awards_become_public_on_publication_and_each_team_reads_only_its_own_feedback()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var deadline = DateTime.UtcNow.AddSeconds(7);
        var released = await JudgedChallengeAsync(deadline);
        var withheld = await JudgedChallengeAsync(deadline);
        await ScoreAsync(released);
        await ScoreAsync(withheld);

        // Only the challenge's own sub-center decides the awards; bad plans are refused with the reason.
        AwardPlan[] awards = [new(released.WinnerEntry, 1, "一等奖 First prize", 100_000)];
        Assert.Null(await Use<ResultsService, ResultsDraft?>(r => r.GetDraftAsync(otherManager, released.ChallengeId)));
        Assert.Equal(RuleCodes.AccessDenied, (await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(otherManager, released.ChallengeId, awards, true))).Violation?.Code);
        Assert.Equal(RuleCodes.AccessDenied, (await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(released.Winner, released.ChallengeId, awards, true))).Violation?.Code);
        Assert.Equal(RuleCodes.NotFound, (await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, released.ChallengeId, [new(withheld.WinnerEntry, 1, "First", null)], true))).Violation?.Code);
        Assert.True((await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, released.ChallengeId, awards, releaseScores: true))).Succeeded);
        Assert.True((await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, withheld.ChallengeId, [new(withheld.WinnerEntry, 1, "Prize", null)], releaseScores: false))).Succeeded);

        // Nothing is public, and no team reads feedback, before publication.
        Assert.Null(await Use<ResultsService, IReadOnlyList<AwardView>?>(r => r.GetPublishedAsync(released.ChallengeId)));
        Assert.Null(await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Winner, released.WinnerEntry)));

        foreach (var challengeId in new[] { released.ChallengeId, withheld.ChallengeId })
        {
            Assert.True((await Use<ChallengeService, Outcome>(c => c.TransitionAsync(manager, challengeId, ChallengeTrigger.PublishResults))).Succeeded);
        }

        // Publishing by hand tells the teams once, as the clock's publication does.
        var told = await App.WithDbAsync(db => db.Notifications
            .Where(n => n.ChallengeId == released.ChallengeId && n.Kind == NotificationKind.ResultsPublished)
            .Select(n => n.UserId).ToListAsync());
        Assert.Equal(new[] { released.Winner.UserId, released.Other.UserId }.Order(), told.Order());

        var published = (await Use<ResultsService, IReadOnlyList<AwardView>?>(r => r.GetPublishedAsync(released.ChallengeId)))!;
        Assert.Equal(("一等奖 First prize", 1, 100_000m, "Winner 胜者", "银浆 Silver paste"), (published.Single().Title, published.Single().Place, published.Single().Amount!.Value, published.Single().TeamName, published.Single().ProposalTitle));
        var page = await BrowserlessClient.Anonymous(App).Http.GetStringAsync($"/challenges/{released.ChallengeId}");
        Assert.Contains("一等奖 First prize", page);
        Assert.Equal(RuleCodes.ResultsAlreadyPublished, (await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, released.ChallengeId, [], false))).Violation?.Code);

        // Released: the team sees its award, rank, score and the judges' comments to it; never the comment to the organisers.
        var mine = (await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Winner, released.WinnerEntry)))!;
        Assert.Equal(("一等奖 First prize", true, 1, 2, 90m), (mine.Award!.Title, mine.ScoresReleased, mine.Rank!.Value, mine.EntryCount, mine.RawScore!.Value));
        Assert.Equal(9m, mine.Criteria[0].MeanScore);
        Assert.Equal(["导电性评语 9"], mine.Criteria[0].Comments);
        Assert.Empty(mine.Criteria[1].Comments);
        Assert.DoesNotContain(mine.Criteria.SelectMany(c => c.Comments), c => c.Contains("Internal", StringComparison.Ordinal));

        // Withheld: comments only.
        var theirs = (await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(withheld.Other, withheld.OtherEntry)))!;
        Assert.Equal((false, (int?)null, (decimal?)null, (decimal?)null, (AwardView?)null), (theirs.ScoresReleased, theirs.Rank, theirs.RawScore, theirs.Criteria[0].MeanScore, theirs.Award));
        Assert.Equal(["导电性评语 5"], theirs.Criteria[0].Comments);

        // Another team, the judge and the organisers get no team's feedback.
        foreach (var denied in new[] { released.Other, released.Judge, manager, withheld.Winner })
        {
            Assert.Null(await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(denied, released.WinnerEntry)));
        }

        var author = await BrowserlessClient.Anonymous(App).Http.GetAsync($"/proposals/{released.WinnerEntry}");
        Assert.NotEqual(HttpStatusCode.OK, author.StatusCode);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteResultsTests(SqliteAppFixture fixture) : ResultsTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresResultsTests(PostgresAppFixture fixture) : ResultsTests<PostgresAppFixture>(fixture), IClassFixture<PostgresAppFixture>;
