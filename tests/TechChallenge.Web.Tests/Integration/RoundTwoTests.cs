using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
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
/// A second round judged on its own, on SQLite and PostgreSQL: its own panel (set, or joined by invitation), its own
/// criteria and scorecards, only the shortlisted entries, its own ranking and assignments, and each team's feedback
/// from the last round it took part in.
/// </summary>
public abstract partial class RoundTwoTests<TFixture>(TFixture fixture) : AppTests<TFixture>(fixture)
    where TFixture : AppFixture
{
    [GeneratedRegex("/judging/invitations/([A-Za-z0-9_-]+)")]
    private static partial Regex InvitationLink();

    [SkippableFact]
    public async Task The_final_round_is_scored_by_its_own_panel_on_its_own_criteria_and_ranked_apart_from_round_one()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var preliminaryJudge = await App.ActorAsync(DemoAccounts.Judge);
        var (roadshowJudge, roadshowEmail) = await App.NewUserAsync(
            Roles.Judge,
            displayName: "Prof. Roadshow",
            password: DemoAccounts.Password
        );
        var deadline = DateTime.UtcNow.AddSeconds(6);
        var content = ChallengeScenarios.Content(deadline, $"Two rounds {Guid.NewGuid():N}") with
        {
            Rounds =
            [
                new RoundPlan(
                    "Preliminary review",
                    deadline.AddDays(-30),
                    deadline,
                    deadline,
                    deadline.AddDays(2),
                    AppealsClosesUtc: deadline.AddDays(3)
                ),
                new RoundPlan(
                    "Final roadshow 路演",
                    deadline.AddDays(4),
                    deadline.AddDays(10),
                    deadline.AddDays(10),
                    deadline.AddDays(14),
                    AppealsClosesUtc: deadline.AddDays(15)
                ),
            ],
            Criteria =
            [
                .. ChallengeScenarios.Content(deadline).Criteria,
                new CriterionPlan("Pilot-line readiness", "On the enterprise's own line", 60, "0–3 lab only; 7–10 pilot proven", Round: 2),
                new CriterionPlan("Roadshow", "", 40, Round: 2),
            ],
        };
        var challengeId = await ChallengeScenarios.PublishAsync(App, content, [DemoAccounts.Judge]);

        // Round 2's panel is its own: set by the challenge's organisers only, for a round the challenge has.
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<ChallengeAuthoring, Outcome>(c => c.SetJudgesAsync(otherManager, challengeId, [roadshowJudge.UserId!], 2)))
                .Violation
                ?.Code
        );
        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<ChallengeAuthoring, Outcome>(c => c.SetJudgesAsync(manager, challengeId, [roadshowJudge.UserId!], 3)))
                .Violation
                ?.Code
        );
        Assert.True(
            (await Use<ChallengeAuthoring, Outcome>(c => c.SetJudgesAsync(manager, challengeId, [roadshowJudge.UserId!], 2))).Succeeded
        );

        var entries = new Dictionary<string, (Actor Author, Guid Id)>();
        foreach (var title in new[] { "A", "B", "C" })
        {
            var (author, _) = await App.NewUserAsync(Roles.Solver, displayName: $"Team {title}");
            var submitted = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
                services.SubmitCompleteAsync(author, challengeId, $"Entry {title}", "Route.", [])
            );
            entries[title] = (author, submitted.Value.ProposalId);
        }

        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );

        // Round 1 on its own criteria, by its own panel: A 90, B 50, C 30. The round 2 judge sees nothing yet.
        var preliminaryCard = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(preliminaryJudge, entries["A"].Id)))!;
        Assert.Equal(["Conductivity", "Cost"], preliminaryCard.Criteria.Select(c => c.Name));
        var preliminaryCriteria = preliminaryCard.Criteria.Select(c => c.Id).ToArray();
        foreach (var (title, value) in new[] { ("A", 9m), ("B", 5m), ("C", 3m) })
        {
            Assert.True((await ScoreAsync(preliminaryJudge, entries[title].Id, 1, preliminaryCriteria, value)).Succeeded);
        }

        Assert.Empty(await Use<JudgeScorecards, IReadOnlyList<JudgeEntry>>(j => j.ListAssignedAsync(roadshowJudge)));
        Assert.Null(await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(roadshowJudge, entries["A"].Id)));

        Assert.Equal(
            2,
            (await Use<ShortlistService, Outcome<int>>(s => s.AdvanceTopAsync(manager, challengeId, 2, RankingBasis.Raw))).Value
        );

        // Shortlisted, but round 2's own submission window has not closed: still nothing to judge.
        Assert.Empty(await Use<JudgeScorecards, IReadOnlyList<JudgeEntry>>(j => j.ListAssignedAsync(roadshowJudge)));
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await ScoreAsync(roadshowJudge, entries["A"].Id, 2, preliminaryCriteria, 5m)).Violation?.Code
        );

        // Time moves on: round 1 is over and round 2's submissions have closed.
        var now = DateTime.UtcNow;
        await MoveTimelineAsync(
            challengeId,
            firstJudgingCloses: now.AddMinutes(-2),
            finalSubmissionsClose: now.AddSeconds(-1),
            finalJudgingCloses: now.AddDays(1)
        );

        var roadshowList = await Use<JudgeScorecards, IReadOnlyList<JudgeEntry>>(j => j.ListAssignedAsync(roadshowJudge));
        Assert.Equal(
            [("Entry A", 2, "Final roadshow 路演"), ("Entry B", 2, "Final roadshow 路演")],
            roadshowList.Select(e => (e.ProposalTitle, e.RoundNumber, e.RoundName))
        );
        Assert.DoesNotContain(await Use<JudgeScorecards, IReadOnlyList<JudgeEntry>>(j => j.ListAssignedAsync(preliminaryJudge)), e =>
            e.RoundNumber == 2
        );

        // Not shortlisted: not in round 2. Not on the round's panel: not its card, whichever way round.
        Assert.Null(await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(roadshowJudge, entries["C"].Id, 2)));
        Assert.Null(await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(roadshowJudge, entries["A"].Id, 1)));
        Assert.Null(await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(preliminaryJudge, entries["A"].Id, 2)));
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await ScoreAsync(preliminaryJudge, entries["A"].Id, 2, preliminaryCriteria, 5m)).Violation?.Code
        );

        // Round 1's cards are locked now; round 2's card shows round 2's criteria with their anchors, and only them.
        Assert.Equal(
            RuleCodes.ScoringClosed,
            (await ScoreAsync(preliminaryJudge, entries["A"].Id, 1, preliminaryCriteria, 10m)).Violation?.Code
        );
        var finalCard = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(roadshowJudge, entries["A"].Id, 2)))!;
        Assert.Equal(["Pilot-line readiness", "Roadshow"], finalCard.Criteria.Select(c => c.Name));
        Assert.Equal("0–3 lab only; 7–10 pilot proven", finalCard.Criteria[0].Anchors);
        Assert.Equal((2, "Final roadshow 路演", true), (finalCard.RoundNumber, finalCard.RoundName, finalCard.AcceptsScores));
        var finalCriteria = finalCard.Criteria.Select(c => c.Id).ToArray();
        Assert.Equal(
            RuleCodes.UnknownCriterion,
            (await ScoreAsync(roadshowJudge, entries["A"].Id, 2, preliminaryCriteria, 5m)).Violation?.Code
        );

        // The final reverses the order: B 80, A 60.
        Assert.True((await ScoreAsync(roadshowJudge, entries["A"].Id, 2, finalCriteria, 6m)).Succeeded);
        Assert.True((await ScoreAsync(roadshowJudge, entries["B"].Id, 2, finalCriteria, 8m)).Succeeded);
        Assert.All(await Use<JudgeScorecards, IReadOnlyList<JudgeEntry>>(j => j.ListAssignedAsync(roadshowJudge)), e =>
            Assert.True(e.Scored)
        );
        var cards = await App.WithDbAsync(db =>
            db.Scorecards.Where(s => s.ProposalId == entries["A"].Id).Select(s => new { s.RoundNumber, s.JudgeUserId }).ToListAsync()
        );
        Assert.Equal(
            [(1, preliminaryJudge.UserId!), (2, roadshowJudge.UserId!)],
            cards.Select(c => (c.RoundNumber, c.JudgeUserId)).Order()
        );

        // Each round ranks its own entries on its own cards; the page opens on the round the challenge is in.
        var final = (await Use<RankingQuery, RankingView?>(j => j.GetRankingAsync(manager, challengeId)))!;
        Assert.Equal(2, final.RoundNumber);
        Assert.Equal([(1, "Entry B", 80m), (2, "Entry A", 60m)], final.Rows.Select(r => (r.Rank ?? 0, r.ProposalTitle, r.RawScore ?? 0)));
        Assert.Equal(1, final.PanelSize);
        var preliminary = (await Use<RankingQuery, RankingView?>(j => j.GetRankingAsync(manager, challengeId, roundNumber: 1)))!;
        Assert.Equal(
            [(1, "Entry A", 90m), (2, "Entry B", 50m), (3, "Entry C", 30m)],
            preliminary.Rows.Select(r => (r.Rank ?? 0, r.ProposalTitle, r.RawScore ?? 0))
        );
        Assert.Null(await Use<RankingQuery, RankingView?>(j => j.GetRankingAsync(otherManager, challengeId, roundNumber: 2)));

        // The pages follow: round 2's card at its own address for its judge only, the organisers' panel page per round.
        var roadshowPages = await BrowserlessClient.SignedInAsync(App, roadshowEmail);
        var cardPage = await roadshowPages.GetDocumentAsync($"/judging/proposals/{entries["A"].Id}/rounds/2");
        Assert.Contains("Final roadshow 路演", cardPage.QuerySelector("[data-testid=scorecard-round]")?.TextContent);
        Assert.Contains("0–3 lab only; 7–10 pilot proven", cardPage.QuerySelector("[data-testid=anchors-0]")?.TextContent);
        Assert.NotNull(
            (await roadshowPages.GetDocumentAsync($"/judging/proposals/{entries["A"].Id}")).QuerySelector("[data-testid=not-found]")
        );
        Assert.NotNull(
            (await roadshowPages.GetDocumentAsync($"/judging/proposals/{entries["C"].Id}/rounds/2")).QuerySelector(
                "[data-testid=not-found]"
            )
        );
        var preliminaryPages = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Judge);
        Assert.NotNull(
            (await preliminaryPages.GetDocumentAsync($"/judging/proposals/{entries["A"].Id}/rounds/2")).QuerySelector(
                "[data-testid=not-found]"
            )
        );
        var organiserPages = await BrowserlessClient.SignedInAsync(App, DemoAccounts.NantongManager);
        var panelPage = await organiserPages.GetDocumentAsync($"/manage/challenges/{challengeId}/panel?round=2");
        Assert.Contains("Final roadshow 路演", panelPage.QuerySelector("[data-testid=panel-round-shown]")?.TextContent);
        Assert.Equal(
            ["Entry A", "Entry B"],
            // The entries' table: each row's first cell, marked as the entry, is its title.
            panelPage
                .QuerySelectorAll("[data-testid=panel-entries] tbody tr td:first-child[data-testid=panel-entry]")
                .Select(td => td.TextContent.Trim())
        );
        var firstRoundPage = await organiserPages.GetDocumentAsync($"/manage/challenges/{challengeId}/panel?round=1");
        Assert.Equal(3, firstRoundPage.QuerySelectorAll("[data-testid=panel-entry]").Length);

        // Round 2's panel board: its entries, its judge; assigning it leaves round 1 alone.
        var board = (await Use<PanelBoardQuery, PanelBoard?>(p => p.GetBoardAsync(manager, challengeId, 2)))!;
        Assert.Equal(["Entry A", "Entry B"], board.Entries.Select(e => e.Title));
        Assert.Equal(["Prof. Roadshow"], board.Judges.Select(j => j.DisplayName));
        Assert.True(
            (
                await Use<PanelService, Outcome<IReadOnlyList<EntryShortfall>>>(p => p.AssignAutomaticallyAsync(manager, challengeId, 1, 2))
            ).Succeeded
        );
        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<PanelService, Outcome>(p => p.AssignAsync(manager, entries["C"].Id, roadshowJudge.UserId!, 2))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<PanelService, Outcome>(p => p.AssignAsync(manager, entries["A"].Id, preliminaryJudge.UserId!, 2))).Violation?.Code
        );
        var assigned = await App.WithDbAsync(db =>
            db.EntryAssignments.Where(a => a.ChallengeId == challengeId).Select(a => new { a.RoundNumber, a.JudgeUserId }).ToListAsync()
        );
        Assert.Equal(2, assigned.Count);
        Assert.All(assigned, a => Assert.Equal((2, roadshowJudge.UserId), (a.RoundNumber, a.JudgeUserId)));
        Assert.Equal(2, (await Use<JudgeScorecards, IReadOnlyList<JudgeEntry>>(j => j.ListAssignedAsync(roadshowJudge))).Count);
        Assert.Null(await Use<PanelBoardQuery, PanelBoard?>(p => p.GetBoardAsync(otherManager, challengeId, 2)));

        // An expert invited to round 2 joins round 2's panel only.
        var (invitee, inviteeEmail) = await App.NewUserAsync(Roles.Solver, displayName: "Dr. Invited");
        Assert.Equal(
            RuleCodes.JudgeAlreadyOnPanel,
            (await Use<JudgeInvitationService, Outcome<Guid>>(s => s.InviteAsync(manager, challengeId, roadshowEmail, 2))).Violation?.Code
        );
        Assert.True(
            (await Use<JudgeInvitationService, Outcome<Guid>>(s => s.InviteAsync(manager, challengeId, inviteeEmail, 2))).Succeeded
        );
        var token = InvitationLink()
            .Match(
                await App.WithDbAsync(db =>
                    db.OutboxMessages.Where(m => m.ToAddress == inviteeEmail && m.Kind == NotificationKind.JudgeInvitation)
                        .Select(m => m.Body)
                        .SingleAsync()
                )
            )
            .Groups[1]
            .Value;
        Assert.Equal(
            (2, "Final roadshow 路演"),
            await Use<JudgeInvitationAnswers, (int, string)>(async s =>
                (await s.PreviewAsync(token)) is { } p ? (p.RoundNumber, p.RoundName) : default
            )
        );
        Assert.True((await Use<JudgeInvitationAnswers, Outcome>(s => s.AcceptAsync(invitee, token))).Succeeded);
        Assert.Equal(
            [2],
            await App.WithDbAsync(db =>
                db.JudgeAssignments.Where(j => j.ChallengeId == challengeId && j.JudgeUserId == invitee.UserId)
                    .Select(j => j.RoundNumber)
                    .ToListAsync()
            )
        );

        // A discussion message sends each judge to the card of the latest round in which they judge the entry.
        Assert.True(
            (
                await Use<PanelDiscussion, Outcome>(j => j.PostDiscussionAsync(manager, entries["A"].Id, "请路演评委关注中试数据。"))
            ).Succeeded
        );
        var links = await App.WithDbAsync(db =>
            db.Notifications.Where(n => n.ChallengeId == challengeId && n.Kind == NotificationKind.PanelDiscussion)
                .ToDictionaryAsync(n => n.UserId, n => n.Link)
        );
        Assert.Equal($"/judging/proposals/{entries["A"].Id}/rounds/2", links[roadshowJudge.UserId!]);
        Assert.Equal($"/judging/proposals/{entries["A"].Id}/rounds/1", links[preliminaryJudge.UserId!]);

        // Teams read the last round they took part in once its judging has closed: round 1 until the final closes.
        Assert.True((await Use<ResultsService, Outcome>(r => r.SaveDraftAsync(manager, challengeId, [], releaseScores: true))).Succeeded);
        Assert.Equal((1, 2, 3), Standing(await FeedbackAsync(entries["B"])));
        await MoveTimelineAsync(
            challengeId,
            firstJudgingCloses: now.AddMinutes(-2),
            finalSubmissionsClose: now.AddSeconds(-1),
            finalJudgingCloses: DateTime.UtcNow.AddSeconds(-1)
        );
        var finalist = (await FeedbackAsync(entries["B"]))!;
        Assert.Equal((2, 1, 2), Standing(finalist));
        Assert.Equal("Final roadshow 路演", finalist.RoundName);
        Assert.Equal(["Pilot-line readiness", "Roadshow"], finalist.Criteria.Select(c => c.Name));
        Assert.Equal((1, 3, 3), Standing(await FeedbackAsync(entries["C"])));

        // Appeals follow the same round: the finalist contests round 2's criteria, in round 2's window.
        var appeals = (await Use<AppealService, TeamAppeals?>(a => a.ForTeamAsync(entries["B"].Author, entries["B"].Id)))!;
        Assert.Equal((2, true), (appeals.RoundNumber, appeals.MayAppeal));
        Assert.Equal(
            RuleCodes.UnknownCriterion,
            (
                await Use<AppealService, Outcome<Guid>>(a =>
                    a.FileAsync(entries["B"].Author, entries["B"].Id, preliminaryCriteria[0], "Wrong round")
                )
            )
                .Violation
                ?.Code
        );
        Assert.True(
            (
                await Use<AppealService, Outcome<Guid>>(a =>
                    a.FileAsync(entries["B"].Author, entries["B"].Id, finalCriteria[0], "The pilot run was shown.")
                )
            ).Succeeded
        );
        var organiserView = (
            await Use<AppealService, OrganiserAppeals?>(a => a.ForOrganisersAsync(manager, challengeId))
        )!.Appeals.Single();
        Assert.Equal(2, organiserView.RoundNumber);
        Assert.Equal(["Pilot-line readiness", "Roadshow"], organiserView.Criteria.Select(c => c.Name));
        Assert.Equal(["Prof. Roadshow"], organiserView.Cards.Select(c => c.JudgeName));
    }

    [SkippableFact]
    public async Task The_clock_tells_each_rounds_panel_when_its_judging_opens_and_only_those_with_entries()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var preliminaryJudge = await App.ActorAsync(DemoAccounts.Judge);
        var (finalist, _) = await App.NewUserAsync(Roles.Judge, displayName: "Final judge");
        var (idle, _) = await App.NewUserAsync(Roles.Judge, displayName: "Final judge without entries");
        var deadline = DateTime.UtcNow.AddSeconds(6);
        var finalCloses = deadline.AddSeconds(24);
        var content = ChallengeScenarios.Content(deadline, $"Clocked rounds {Guid.NewGuid():N}") with
        {
            Rounds =
            [
                new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline, deadline.AddSeconds(20)),
                new RoundPlan("Final roadshow", deadline.AddSeconds(21), finalCloses, finalCloses, finalCloses.AddDays(1)),
            ],
        };
        var challengeId = await ChallengeScenarios.PublishAsync(App, content, [DemoAccounts.Judge]);
        Assert.True(
            (
                await Use<ChallengeAuthoring, Outcome>(c => c.SetJudgesAsync(manager, challengeId, [finalist.UserId!, idle.UserId!], 2))
            ).Succeeded
        );
        var (author, _) = await App.NewUserAsync(Roles.Solver);
        var entry = (
            await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
                services.SubmitCompleteAsync(author, challengeId, "Entry", "Route.", [])
            )
        )
            .Value
            .ProposalId;

        Task<List<string>> ToldAsync() =>
            App.WithDbAsync(db =>
                db.Notifications.Where(n => n.ChallengeId == challengeId && n.Kind == NotificationKind.JudgeAssigned)
                    .Select(n => n.UserId)
                    .ToListAsync()
            );

        // Round 1 opens: its panel hears of it, the final's does not.
        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );
        Assert.Equal([preliminaryJudge.UserId!], await ToldAsync());

        // The entry goes on, assigned to one of the final's two judges; when the final's judging opens, only that one hears.
        Assert.True((await Use<ShortlistService, Outcome<int>>(s => s.AdvancePickedAsync(manager, challengeId, [entry]))).Succeeded);
        Assert.True(
            (
                await Use<PanelService, Outcome<IReadOnlyList<EntryShortfall>>>(p => p.AssignAutomaticallyAsync(manager, challengeId, 1, 2))
            ).Succeeded
        );
        var assigned = await App.WithDbAsync(db =>
            db.EntryAssignments.Where(a => a.ChallengeId == challengeId && a.RoundNumber == 2).Select(a => a.JudgeUserId).SingleAsync()
        );
        var until = finalCloses.AddSeconds(30);
        while ((await ToldAsync()).Count < 2 && DateTime.UtcNow < until)
        {
            await Task.Delay(500);
        }

        Assert.Equal(new[] { assigned, preliminaryJudge.UserId! }.Order(), (await ToldAsync()).Order());
        Assert.Contains(assigned, new[] { finalist.UserId, idle.UserId });
    }

    private Task<Outcome> ScoreAsync(Actor judge, Guid entry, int round, IReadOnlyList<Guid> criteria, decimal value) =>
        Use<JudgeScorecards, Outcome>(j =>
            j.SaveScorecardAsync(judge, entry, round, new ScorecardInput(criteria.ToDictionary(c => c, _ => value), null))
        );

    private Task<FeedbackView?> FeedbackAsync((Actor Author, Guid Id) entry) =>
        Use<ResultsService, FeedbackView?>(r => r.GetFeedbackAsync(entry.Author, entry.Id));

    private static (int Round, int Rank, int Of) Standing(FeedbackView? feedback) =>
        feedback is null ? default : (feedback.RoundNumber, feedback.Rank ?? 0, feedback.EntryCount);

    /// <summary>
    /// Sets the rounds' dates directly in the database, as time passing would leave them: the services read the
    /// timeline at every call, and the test cannot wait days for it.
    /// </summary>
    private Task MoveTimelineAsync(
        Guid challengeId,
        DateTime firstJudgingCloses,
        DateTime finalSubmissionsClose,
        DateTime finalJudgingCloses
    ) =>
        App.WithDbAsync(async db =>
        {
            var rounds = await db.ChallengeRounds.Where(r => r.ChallengeId == challengeId).OrderBy(r => r.Number).ToListAsync();
            rounds[0].JudgingClosesUtc = firstJudgingCloses;
            rounds[0].AppealsClosesUtc = firstJudgingCloses.AddSeconds(30);
            rounds[1].SubmissionOpensUtc = firstJudgingCloses.AddMinutes(1);
            rounds[1].SubmissionClosesUtc = finalSubmissionsClose;
            rounds[1].JudgingOpensUtc = finalSubmissionsClose;
            rounds[1].JudgingClosesUtc = finalJudgingCloses;
            rounds[1].AppealsClosesUtc = finalJudgingCloses.AddDays(1);
            return await db.SaveChangesAsync();
        });
}

[Trait("Database", "Sqlite")]
public sealed class SqliteRoundTwoTests(SqliteAppFixture fixture)
    : RoundTwoTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresRoundTwoTests(PostgresAppFixture fixture)
    : RoundTwoTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
