using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Organizations;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>Awards, publication and each team's feedback, on SQLite and PostgreSQL, with the denials around them.</summary>
public abstract class ResultsTests<TFixture>(TFixture fixture) : AppTests<TFixture>(fixture)
    where TFixture : AppFixture
{
    private sealed record Scenario(Guid ChallengeId, Actor Winner, Guid WinnerEntry, Actor Other, Guid OtherEntry, Actor Judge);

    /// <summary>
    /// A challenge in judging with two entries, each scored by one judge with a comment to the solver; with
    /// <paramref name="judgingClosesUtc"/>, its judging closes then and appeals close a week later.
    /// </summary>
    private async Task<Scenario> JudgedChallengeAsync(DateTime deadline, DateTime? judgingClosesUtc = null)
    {
        var (judge, judgeEmail) = await App.NewUserAsync(Roles.Judge, displayName: "Judge Zhou 周");
        var content = ChallengeScenarios.Content(deadline, $"Results {Guid.NewGuid():N}");
        if (judgingClosesUtc is { } closes)
        {
            content = content with
            {
                Rounds = [new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline, closes, closes.AddDays(7))],
            };
        }

        var challengeId = await ChallengeScenarios.PublishAsync(App, content, [judgeEmail]);
        var (winner, _) = await App.NewUserAsync(Roles.Solver, displayName: "Winner 胜者");
        var (other, _) = await App.NewUserAsync(Roles.Solver, displayName: "Runner-up");
        async Task<Guid> SubmitAsync(Actor author, string title) =>
            (
                await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
                    services.SubmitCompleteAsync(author, challengeId, title, "Route.", [])
                )
            )
                .Value
                .ProposalId;
        return new Scenario(
            challengeId,
            winner,
            await SubmitAsync(winner, "银浆 Silver paste"),
            other,
            await SubmitAsync(other, "Copper paste"),
            judge
        );
    }

    private async Task ScoreAsync(Scenario scenario)
    {
        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(scenario.ChallengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );
        var criteria = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(scenario.Judge, scenario.WinnerEntry)))!
            .Criteria.Select(c => c.Id)
            .ToArray();
        foreach (var (entry, value) in new[] { (scenario.WinnerEntry, 9m), (scenario.OtherEntry, 5m) })
        {
            var saved = await Use<JudgeScorecards, Outcome>(j =>
                j.SaveScorecardAsync(
                    scenario.Judge,
                    entry,
                    new Dictionary<Guid, decimal> { [criteria[0]] = value, [criteria[1]] = value },
                    "Internal: compare with supplier quotes.",
                    Recommendation.Recommend,
                    new Dictionary<Guid, string> { [criteria[0]] = $"导电性评语 {value}" }
                )
            );
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
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(otherManager, released.ChallengeId, awards, true))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(released.Winner, released.ChallengeId, awards, true))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.NotFound,
            (
                await Use<ResultsService, Outcome>(r =>
                    r.SaveDraftAsync(manager, released.ChallengeId, [new(withheld.WinnerEntry, 1, "First", null)], true)
                )
            )
                .Violation
                ?.Code
        );
        Assert.True(
            (
                await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, released.ChallengeId, awards, releaseScores: true))
            ).Succeeded
        );
        Assert.True(
            (
                await Use<ResultsService, Outcome>(r =>
                    r.SaveDraftAsync(manager, withheld.ChallengeId, [new(withheld.WinnerEntry, 1, "Prize", null)], releaseScores: false)
                )
            ).Succeeded
        );

        // Nothing is public, and no team reads feedback, before publication.
        Assert.Null(await Use<ResultsService, IReadOnlyList<AwardView>?>(r => r.GetPublishedAsync(released.ChallengeId)));
        Assert.Null(await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Winner, released.WinnerEntry)));

        foreach (var challengeId in new[] { released.ChallengeId, withheld.ChallengeId })
        {
            Assert.True(
                (
                    await Use<ChallengeLifecycleMoves, Outcome>(c =>
                        c.TransitionAsync(manager, challengeId, ChallengeTrigger.PublishResults)
                    )
                ).Succeeded
            );
        }

        // Publishing by hand tells the teams once, as the clock's publication does.
        var told = await App.WithDbAsync(db =>
            db.Notifications.Where(n => n.ChallengeId == released.ChallengeId && n.Kind == NotificationKind.ResultsPublished)
                .Select(n => n.UserId)
                .ToListAsync()
        );
        Assert.Equal(new[] { released.Winner.UserId, released.Other.UserId }.Order(), told.Order());

        var published = (await Use<ResultsService, IReadOnlyList<AwardView>?>(r => r.GetPublishedAsync(released.ChallengeId)))!;
        Assert.Equal(
            ("一等奖 First prize", 1, 100_000m, "Winner 胜者", "银浆 Silver paste"),
            (
                published.Single().Title,
                published.Single().Place,
                published.Single().Amount!.Value,
                published.Single().TeamName,
                published.Single().ProposalTitle
            )
        );
        var page = await BrowserlessClient.Anonymous(App).Http.GetStringAsync($"/challenges/{released.ChallengeId}");
        Assert.Contains("一等奖 First prize", page);
        Assert.Equal(
            RuleCodes.ResultsAlreadyPublished,
            (await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, released.ChallengeId, [], false))).Violation?.Code
        );

        // Released: the team sees its award, rank, score and the judges' comments to it; never the comment to the organisers.
        var mine = (await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Winner, released.WinnerEntry)))!;
        Assert.Equal(
            ("一等奖 First prize", true, 1, 2, 90m),
            (mine.Award!.Title, mine.ScoresReleased, mine.Rank!.Value, mine.EntryCount, mine.RawScore!.Value)
        );
        Assert.Equal(9m, mine.Criteria[0].MeanScore);
        Assert.Equal(["导电性评语 9"], mine.Criteria[0].Comments);
        Assert.Empty(mine.Criteria[1].Comments);
        Assert.DoesNotContain(mine.Criteria.SelectMany(c => c.Comments), c => c.Contains("Internal", StringComparison.Ordinal));

        // Withheld: comments only.
        var theirs = (await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(withheld.Other, withheld.OtherEntry)))!;
        Assert.Equal(
            (false, (int?)null, (decimal?)null, (decimal?)null, (AwardView?)null),
            (theirs.ScoresReleased, theirs.Rank, theirs.RawScore, theirs.Criteria[0].MeanScore, theirs.Award)
        );
        Assert.Equal(["导电性评语 5"], theirs.Criteria[0].Comments);

        // Another team, the judge and the organisers get no team's feedback.
        foreach (var denied in new[] { released.Other, released.Judge, manager, withheld.Winner })
        {
            Assert.Null(await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(denied, released.WinnerEntry)));
        }

        var author = await BrowserlessClient.Anonymous(App).Http.GetAsync($"/proposals/{released.WinnerEntry}");
        Assert.NotEqual(HttpStatusCode.OK, author.StatusCode);
    }

    [SkippableFact]
    public async Task A_team_appeals_a_released_score_after_judging_and_an_upheld_correction_is_recorded_and_reranks_before_the_results()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var deadline = DateTime.UtcNow.AddSeconds(7);
        var judgingCloses = deadline.AddSeconds(12);
        var released = await JudgedChallengeAsync(deadline, judgingCloses);
        var withheld = await JudgedChallengeAsync(deadline, judgingCloses);
        await ScoreAsync(released);
        await ScoreAsync(withheld);
        Assert.True(
            (
                await Use<ResultsService, Outcome>(r =>
                    r.SaveDraftAsync(
                        manager,
                        released.ChallengeId,
                        [new(released.WinnerEntry, 1, "First prize", null)],
                        releaseScores: true
                    )
                )
            ).Succeeded
        );
        Assert.True(
            (await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, withheld.ChallengeId, [], releaseScores: false))).Succeeded
        );
        Assert.Equal(
            judgingCloses.AddDays(7),
            (await Use<ResultsService, ResultsDraft?>(r => r.GetDraftAsync(manager, released.ChallengeId)))!.AppealsClosesUtc!.Value,
            TimeSpan.FromSeconds(1)
        );
        Task<Outcome<Guid>> File(Actor who, Guid entry, Guid? criterion, string reason) =>
            Use<AppealService, Outcome<Guid>>(a => a.FileAsync(who, entry, criterion, reason));

        // While judges may still change their scores, teams see nothing and cannot appeal.
        Assert.Equal(RuleCodes.AppealsNotOpen, (await File(released.Other, released.OtherEntry, null, "Too early")).Violation?.Code);
        Assert.Null(await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Other, released.OtherEntry)));
        await Task.Delay(judgingCloses - DateTime.UtcNow + TimeSpan.FromMilliseconds(300));

        // Judging closed: released scores are shown (no award before the results) and open to appeal; withheld ones are not.
        var before = (await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Other, released.OtherEntry)))!;
        Assert.Equal((2, 50m, (AwardView?)null), (before.Rank!.Value, before.RawScore!.Value, before.Award));
        Assert.Null((await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Winner, released.WinnerEntry)))!.Award);
        Assert.Null(await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(withheld.Other, withheld.OtherEntry)));
        Assert.Equal(RuleCodes.AppealsNotOpen, (await File(withheld.Other, withheld.OtherEntry, null, "Unseen scores")).Violation?.Code);
        Assert.False((await Use<AppealService, TeamAppeals?>(a => a.ForTeamAsync(withheld.Other, withheld.OtherEntry)))!.MayAppeal);

        // The runner-up (5 and 5: 50) appeals Conductivity; only its own team may, once at a time, with reasons.
        var criteria = (await Use<AppealService, TeamAppeals?>(a => a.ForTeamAsync(released.Other, released.OtherEntry)))!
            .Criteria.Select(c => c.Id)
            .ToArray();
        Assert.Equal(RuleCodes.AccessDenied, (await File(released.Winner, released.OtherEntry, criteria[0], "Not ours")).Violation?.Code);
        Assert.Equal(RuleCodes.AccessDenied, (await File(released.Judge, released.OtherEntry, criteria[0], "Judge")).Violation?.Code);
        Assert.Equal(RuleCodes.AppealTextInvalid, (await File(released.Other, released.OtherEntry, criteria[0], "  ")).Violation?.Code);
        Assert.Equal(
            RuleCodes.UnknownCriterion,
            (await File(released.Other, released.OtherEntry, Guid.NewGuid(), "Which one?")).Violation?.Code
        );
        var filed = await File(released.Other, released.OtherEntry, criteria[0], "The sheet resistance report (appendix B) shows 4 mΩ/sq.");
        Assert.True(filed.Succeeded);
        Assert.Equal(RuleCodes.AppealAlreadyOpen, (await File(released.Other, released.OtherEntry, null, "And the total")).Violation?.Code);
        Assert.Null(await Use<AppealService, TeamAppeals?>(a => a.ForTeamAsync(released.Winner, released.OtherEntry)));
        Assert.Contains(
            manager.UserId!,
            await App.WithDbAsync(db =>
                db.Notifications.Where(n => n.ChallengeId == released.ChallengeId && n.Kind == NotificationKind.AppealFiled)
                    .Select(n => n.UserId)
                    .ToListAsync()
            )
        );

        // Only the challenge's own organisers see and answer it; a correction needs the appeal upheld.
        Assert.Null(await Use<AppealService, OrganiserAppeals?>(a => a.ForOrganisersAsync(otherManager, released.ChallengeId)));
        Assert.Null(await Use<AppealService, OrganiserAppeals?>(a => a.ForOrganisersAsync(released.Other, released.ChallengeId)));
        var handled = (
            await Use<AppealService, OrganiserAppeals?>(a => a.ForOrganisersAsync(manager, released.ChallengeId))
        )!.Appeals.Single();
        var card = handled.Cards.Single();
        Assert.Equal(
            ("Copper paste", "Runner-up", "Judge Zhou 周", 5m),
            (handled.ProposalTitle, handled.TeamName, card.JudgeName, card.Scores[criteria[0]])
        );
        ScoreChange[] changes = [new(card.ScorecardId, criteria[0], 10), new(card.ScorecardId, criteria[1], 10)];
        Task<Outcome> Answer(Actor who, bool upheld, IReadOnlyList<ScoreChange> corrections) =>
            Use<AppealService, Outcome>(a =>
                a.AnswerAsync(who, filed.Value, upheld, "The appendix was overlooked; both scores corrected.", corrections)
            );
        Assert.Equal(RuleCodes.AccessDenied, (await Answer(otherManager, true, changes)).Violation?.Code);
        Assert.Equal(RuleCodes.AccessDenied, (await Answer(released.Judge, true, changes)).Violation?.Code);
        Assert.Equal(RuleCodes.AppealCorrectionNeedsUpheld, (await Answer(manager, false, changes)).Violation?.Code);
        Assert.Equal(RuleCodes.ScoreOutOfRange, (await Answer(manager, true, [new(card.ScorecardId, criteria[0], 11)])).Violation?.Code);
        Assert.True((await Answer(manager, true, changes)).Succeeded);
        Assert.Equal(RuleCodes.AppealAlreadyAnswered, (await Answer(manager, false, [])).Violation?.Code);

        // The team reads the answer and the corrections (judge unnamed), and its feedback is re-ranked: 100 beats 90.
        var mine = (await Use<AppealService, TeamAppeals?>(a => a.ForTeamAsync(released.Other, released.OtherEntry)))!.Appeals.Single();
        Assert.Equal((AppealStatus.Upheld, "The appendix was overlooked; both scores corrected."), (mine.Status, mine.Response));
        Assert.Equal(
            [("Conductivity", (string?)null, 5m, 10m), ("Cost", null, 5m, 10m)],
            mine.Corrections.Select(c => (c.CriterionName, c.JudgeName, c.OldValue, c.NewValue))
        );
        var feedback = (await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Other, released.OtherEntry)))!;
        Assert.Equal((1, 100m), (feedback.Rank!.Value, feedback.RawScore!.Value));
        Assert.Equal(2, (await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Winner, released.WinnerEntry)))!.Rank);
        Assert.Equal(
            2,
            await App.WithDbAsync(db => db.ScoreCorrections.CountAsync(c => c.AppealId == filed.Value && c.ByUserId == manager.UserId))
        );
        Assert.Contains(
            released.Other.UserId!,
            await App.WithDbAsync(db =>
                db.Notifications.Where(n => n.ChallengeId == released.ChallengeId && n.Kind == NotificationKind.AppealAnswered)
                    .Select(n => n.UserId)
                    .ToListAsync()
            )
        );
        var organiserView = (await Use<AppealService, OrganiserAppeals?>(a => a.ForOrganisersAsync(manager, released.ChallengeId)))!
            .Appeals.Single()
            .Appeal;
        Assert.All(organiserView.Corrections, c => Assert.Equal("Judge Zhou 周", c.JudgeName));

        // The organisers then publish; the award shows in the feedback.
        Assert.True(
            (
                await Use<ChallengeLifecycleMoves, Outcome>(c =>
                    c.TransitionAsync(manager, released.ChallengeId, ChallengeTrigger.PublishResults)
                )
            ).Succeeded
        );
        Assert.Equal(
            "First prize",
            (await Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(released.Winner, released.WinnerEntry)))!.Award?.Title
        );
    }

    [SkippableFact]
    public async Task A_team_from_an_organisation_is_named_with_it_on_the_ranking_the_panel_the_judges_page_and_the_public_awards()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var judge = await App.ActorAsync(DemoAccounts.Judge);
        var organizationId = await App.WithDbAsync(async db =>
        {
            var organization = SolverOrganization
                .Register("Nantong University", "南通大学", SolverOrganizationKind.University, null, DateTime.UtcNow)
                .Value;
            db.SolverOrganizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });
        var deadline = DateTime.UtcNow.AddSeconds(7);
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(deadline, $"Organisations {Guid.NewGuid():N}"),
            [DemoAccounts.Judge]
        );
        // A team is named after its lead until renamed: without its organisation it reads as one person's entry.
        var (lead, _) = await App.NewUserAsync(Roles.Solver, organizationId, displayName: "Zhou Min 周敏");
        var (alone, _) = await App.NewUserAsync(Roles.Solver, displayName: "Lu Yan 陆燕");
        async Task<Guid> SubmitAsync(Actor author, string title) =>
            (
                await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
                    services.SubmitCompleteAsync(author, challengeId, title, "Route.", [])
                )
            )
                .Value
                .ProposalId;
        var universityEntry = await SubmitAsync(lead, "Silver paste 银浆");
        var aloneEntry = await SubmitAsync(alone, "Copper paste");
        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );
        var university = new TeamOrganization("Nantong University", "南通大学");

        var ranking = (await Use<RankingQuery, RankingView?>(r => r.GetRankingAsync(manager, challengeId)))!;
        Assert.Equal(
            [("Zhou Min 周敏", university), ("Lu Yan 陆燕", (TeamOrganization?)null)],
            ranking.Rows.OrderBy(r => r.ProposalId == aloneEntry).Select(r => (r.TeamName, r.Organization))
        );
        var board = (await Use<PanelBoardQuery, PanelBoard?>(b => b.GetBoardAsync(manager, challengeId)))!;
        Assert.Equal(university, board.Entries.Single(e => e.ProposalId == universityEntry).Organization);
        Assert.Null(board.Entries.Single(e => e.ProposalId == aloneEntry).Organization);

        // The judge of an open review reads the team and its organisation; the blind case is
        // In_a_blind_review_no_page_or_download_a_judge_can_reach_names_the_team_its_members_or_their_organisations.
        var judgePage = await (await BrowserlessClient.SignedInAsync(App, DemoAccounts.Judge)).GetDocumentAsync(
            $"/judging/proposals/{universityEntry}/rounds/1"
        );
        var solver = judgePage.QuerySelector("[data-testid=entry-solver]")!;
        Assert.Equal("Zhou Min 周敏", solver.QuerySelector("[data-testid=team-name]")!.TextContent.Trim());
        Assert.Equal("Nantong University", solver.QuerySelector("[data-testid=team-organization]")!.TextContent.Trim());

        var criteria = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judge, universityEntry)))!
            .Criteria.Select(c => c.Id)
            .ToList();
        Assert.True(
            (
                await Use<JudgeScorecards, Outcome>(j =>
                    j.SaveScorecardAsync(judge, universityEntry, criteria.ToDictionary(c => c, _ => 8m), null)
                )
            ).Succeeded
        );
        AwardPlan[] awards = [new(universityEntry, 1, "一等奖 First prize", 200_000)];
        Assert.True((await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, challengeId, awards, false))).Succeeded);
        Assert.True(
            (
                await Use<ChallengeLifecycleMoves, Outcome>(c => c.TransitionAsync(manager, challengeId, ChallengeTrigger.PublishResults))
            ).Succeeded
        );

        var published = (await Use<ResultsService, IReadOnlyList<AwardView>?>(r => r.GetPublishedAsync(challengeId)))!;
        Assert.Equal(university, Assert.Single(published).Organization);
        foreach (var (culture, name) in new[] { ("en-US", "Nantong University"), ("zh-CN", "南通大学") })
        {
            var page = await BrowserlessClient.Anonymous(App, culture).GetDocumentAsync($"/challenges/{challengeId}");
            var award = page.QuerySelector("[data-testid=published-awards] tbody tr")!;
            Assert.Equal("Zhou Min 周敏", award.QuerySelector("[data-testid=team-name]")!.TextContent.Trim());
            Assert.Equal(name, award.QuerySelector("[data-testid=team-organization]")!.TextContent.Trim());
            Assert.Contains("200,000", award.QuerySelector("[data-testid=published-award-amount]")!.TextContent);
        }
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteResultsTests(SqliteAppFixture fixture) : ResultsTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresResultsTests(PostgresAppFixture fixture)
    : ResultsTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
