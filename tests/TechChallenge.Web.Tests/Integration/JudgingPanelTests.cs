using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Teams;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// Panels, conflicts of interest, assignment and the ranking, through the real services and the real clock on SQLite
/// and PostgreSQL: what each judge may open, and every denial around it.
/// </summary>
public abstract class JudgingPanelTests<TFixture>(TFixture fixture) : AppTests<TFixture>(fixture)
    where TFixture : AppFixture
{
    private Task<IReadOnlyList<JudgeEntry>> EntriesOf(Actor judge) =>
        Use<JudgeScorecards, IReadOnlyList<JudgeEntry>>(j => j.ListAssignedAsync(judge));

    private async Task<bool> MayOpen(Actor judge, Guid proposalId) =>
        await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judge, proposalId)) is not null
        | await Use<ProposalReads, ProposalView?>(p => p.GetAsync(judge, proposalId)) is not null;

    private Task<Outcome> Score(Actor judge, Guid proposalId, Guid[] criteria, decimal conductivity, decimal cost) =>
        Use<JudgeScorecards, Outcome>(j =>
            j.SaveScorecardAsync(
                judge,
                proposalId,
                new Dictionary<Guid, decimal> { [criteria[0]] = conductivity, [criteria[1]] = cost },
                null
            )
        );

    [SkippableFact]
    public async Task Conflicts_are_enforced_assignment_is_balanced_and_each_judge_opens_only_their_entries()
    {
        SkipIfUnavailable();
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var solver2 = await App.ActorAsync(DemoAccounts.Solver2);
        var (solver3, _) = await App.NewUserAsync(Roles.Solver);
        // Same organisation as solver@ (Jiangnan University): in conflict with that team, automatically.
        var (colleague, colleagueEmail) = await App.NewUserAsync(Roles.Judge, solver.SolverOrganizationId, "Judge from Jiangnan");
        var (judgeB, judgeBEmail) = await App.NewUserAsync(Roles.Judge, displayName: "Judge B 王");
        var (judgeC, judgeCEmail) = await App.NewUserAsync(Roles.Judge, displayName: "Judge C 李");
        var outsider = await App.ActorAsync(DemoAccounts.Judge);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);

        var deadline = DateTime.UtcNow.AddSeconds(8);
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(deadline, $"Panel {Guid.NewGuid():N}"),
            [colleagueEmail, judgeBEmail, judgeCEmail]
        );
        async Task<Guid> SubmitAsync(Actor author, string title)
        {
            var submitted = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
                services.SubmitCompleteAsync(author, challengeId, title, "Low-temperature sintering route.", [])
            );
            Assert.True(submitted.Succeeded, submitted.Violation?.ToString());
            return submitted.Value.ProposalId;
        }

        var jiangnanEntry = await SubmitAsync(solver, "江南大学 silver paste");
        var grapheneEntry = await SubmitAsync(solver2, "Graphene-silver hybrid");
        var thirdEntry = await SubmitAsync(solver3, "Copper-silver core shell");
        Guid[] entries = [jiangnanEntry, grapheneEntry, thirdEntry];

        // Nothing can be assigned while submissions are open.
        Assert.Equal(
            RuleCodes.AssignmentNotOpen,
            (await Use<PanelService, Outcome<IReadOnlyList<EntryShortfall>>>(p => p.AssignAutomaticallyAsync(manager, challengeId, 2)))
                .Violation
                ?.Code
        );
        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );

        // Before any assignment the whole panel judges, except where a conflict stands: never listed, never opened.
        Assert.Equal(
            new[] { grapheneEntry, thirdEntry }.Order(),
            (await EntriesOf(colleague)).Where(e => e.ChallengeId == challengeId).Select(e => e.ProposalId).Order()
        );
        Assert.False(await MayOpen(colleague, jiangnanEntry));
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Score(colleague, jiangnanEntry, [Guid.NewGuid(), Guid.NewGuid()], 5, 5)).Violation?.Code
        );
        Assert.Equal(3, (await EntriesOf(judgeB)).Count(e => e.ChallengeId == challengeId));
        Assert.DoesNotContain(await EntriesOf(outsider), e => e.ChallengeId == challengeId);
        Assert.False(await MayOpen(outsider, grapheneEntry));

        // Only the challenge's own sub-center sees and changes the panel.
        Assert.Null(await Use<PanelBoardQuery, PanelBoard?>(p => p.GetBoardAsync(otherManager, challengeId)));
        Assert.Null(await Use<PanelBoardQuery, PanelBoard?>(p => p.GetBoardAsync(solver, challengeId)));
        Assert.Null(await Use<PanelBoardQuery, PanelBoard?>(p => p.GetBoardAsync(judgeB, challengeId)));
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<PanelService, Outcome<IReadOnlyList<EntryShortfall>>>(p => p.AssignAutomaticallyAsync(otherManager, challengeId, 2)))
                .Violation
                ?.Code
        );
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<PanelService, Outcome<IReadOnlyList<EntryShortfall>>>(p => p.AssignAutomaticallyAsync(judgeB, challengeId, 2)))
                .Violation
                ?.Code
        );
        Assert.Equal(
            RuleCodes.AssignAutomaticallyFirst,
            (await Use<PanelService, Outcome>(p => p.AssignAsync(manager, grapheneEntry, judgeB.UserId!))).Violation?.Code
        );

        var board = (await Use<PanelBoardQuery, PanelBoard?>(p => p.GetBoardAsync(manager, challengeId)))!;
        Assert.False(board.Assigned);
        Assert.Equal(
            new EntryConflictRow(colleague.UserId!, ConflictSource.SameOrganization),
            Assert.Single(board.Entries.Single(e => e.ProposalId == jiangnanEntry).Conflicts)
        );

        // Three judges per entry cannot be had for the Jiangnan entry: it is reported short, not silently covered.
        var short3 = await Use<PanelService, Outcome<IReadOnlyList<EntryShortfall>>>(p =>
            p.AssignAutomaticallyAsync(manager, challengeId, 3)
        );
        Assert.Equal([new EntryShortfall(jiangnanEntry, 2, 3)], short3.Value);
        var two = await Use<PanelService, Outcome<IReadOnlyList<EntryShortfall>>>(p => p.AssignAutomaticallyAsync(manager, challengeId, 2));
        Assert.Empty(two.Value);
        board = (await Use<PanelBoardQuery, PanelBoard?>(p => p.GetBoardAsync(manager, challengeId)))!;
        Assert.True(board.Assigned);
        Assert.Equal(2, board.JudgesPerEntry);
        Assert.All(board.Entries, e => Assert.Equal(2, e.Judges.Count));
        Assert.Equal([2, 2, 2], board.Judges.Select(j => j.Load).Order());
        Assert.DoesNotContain(board.Entries.Single(e => e.ProposalId == jiangnanEntry).Judges, j => j.UserId == colleague.UserId);

        // Each judge lists and opens exactly their own entries; the rest are refused by list, service and page data.
        foreach (var judge in new[] { colleague, judgeB, judgeC })
        {
            var mine = board.Entries.Where(e => e.Judges.Any(j => j.UserId == judge.UserId)).Select(e => e.ProposalId).Order().ToList();
            Assert.Equal(mine, (await EntriesOf(judge)).Where(e => e.ChallengeId == challengeId).Select(e => e.ProposalId).Order());
            foreach (var entry in entries)
            {
                Assert.Equal(mine.Contains(entry), await MayOpen(judge, entry));
            }
        }

        // The entry's judges and the organisers discuss it; nobody else reads or writes there, the authors least of all.
        var jiangnanJudge = board.Entries.Single(e => e.ProposalId == jiangnanEntry).Judges[0].UserId;
        var discussant = new[] { judgeB, judgeC }.Single(j => j.UserId == jiangnanJudge);
        Assert.True(
            (
                await Use<PanelDiscussion, Outcome>(j =>
                    j.PostDiscussionAsync(discussant, jiangnanEntry, "My score differs: the sintering data look thin.")
                )
            ).Succeeded
        );
        Assert.True(
            (await Use<PanelDiscussion, Outcome>(j => j.PostDiscussionAsync(manager, jiangnanEntry, "请两位专家在周五前讨论。"))).Succeeded
        );
        Assert.Equal(
            RuleCodes.DiscussionTextInvalid,
            (await Use<PanelDiscussion, Outcome>(j => j.PostDiscussionAsync(manager, jiangnanEntry, "  "))).Violation?.Code
        );
        // Each message tells the entry's other judges and the organisers; never its author, a conflicted judge or a solver.
        var otherJudge = board.Entries.Single(e => e.ProposalId == jiangnanEntry).Judges[1].UserId;
        var told = await App.WithDbAsync(db =>
            db.Notifications.Where(n => n.ChallengeId == challengeId && n.Kind == NotificationKind.PanelDiscussion)
                .GroupBy(n => n.UserId)
                .Select(g => new { UserId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.UserId, g => g.Count)
        );
        Assert.Equal((1, 2, 1), (told[discussant.UserId!], told[otherJudge], told[manager.UserId!]));
        Assert.False(told.ContainsKey(colleague.UserId!));
        Assert.False(told.ContainsKey(solver.UserId!));
        var thread = (await Use<PanelDiscussion, IReadOnlyList<DiscussionView>?>(j => j.ListDiscussionAsync(discussant, jiangnanEntry)))!;
        Assert.Equal(
            [(false, "My score differs: the sintering data look thin."), (true, "请两位专家在周五前讨论。")],
            thread.Select(m => (m.ByOrganiser, m.Text))
        );
        foreach (var denied in new[] { colleague, solver, otherManager, outsider })
        {
            Assert.Null(await Use<PanelDiscussion, IReadOnlyList<DiscussionView>?>(j => j.ListDiscussionAsync(denied, jiangnanEntry)));
            Assert.Equal(
                RuleCodes.AccessDenied,
                (await Use<PanelDiscussion, Outcome>(j => j.PostDiscussionAsync(denied, jiangnanEntry, "Let me in"))).Violation?.Code
            );
        }

        // By hand: a conflicted judge is refused; an assignment already scored cannot be removed.
        Assert.Equal(
            RuleCodes.JudgeConflicted,
            (await Use<PanelService, Outcome>(p => p.AssignAsync(manager, jiangnanEntry, colleague.UserId!))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<PanelService, Outcome>(p => p.AssignAsync(otherManager, jiangnanEntry, judgeB.UserId!))).Violation?.Code
        );
        var criteria = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judgeB, jiangnanEntry)))!
            .Criteria.Select(c => c.Id)
            .ToArray();
        Assert.True((await Score(judgeB, jiangnanEntry, criteria, 9, 5)).Succeeded);
        Assert.True((await Score(judgeC, jiangnanEntry, criteria, 3, 3)).Succeeded);
        Assert.Equal(
            RuleCodes.AssignmentScored,
            (await Use<PanelService, Outcome>(p => p.UnassignAsync(manager, jiangnanEntry, judgeB.UserId!))).Violation?.Code
        );

        // Judge C leaves the panel: the score already given stays and counts; their other entries go to the others.
        Assert.True(
            (
                await Use<PanelService, Outcome<IReadOnlyList<EntryShortfall>>>(p =>
                    p.RemoveFromPanelAsync(manager, challengeId, judgeC.UserId!)
                )
            ).Succeeded
        );
        Assert.False(await MayOpen(judgeC, jiangnanEntry));
        board = (await Use<PanelBoardQuery, PanelBoard?>(p => p.GetBoardAsync(manager, challengeId)))!;
        Assert.Contains(board.Entries.Single(e => e.ProposalId == jiangnanEntry).Judges, j => j.UserId == judgeC.UserId && j.Scored);
        Assert.Equal(2, board.Judges.Count);
        var ranking = (await Use<RankingQuery, RankingView?>(j => j.GetRankingAsync(manager, challengeId)))!;
        var jiangnanRow = ranking.Rows.Single(r => r.ProposalId == jiangnanEntry);
        // 70 × 9/10 + 30 × 5/10 = 78 and 70 × 3/10 + 30 × 3/10 = 30: mean 54, spread 24 (flagged).
        Assert.Equal(
            (54m, 2, 24m, true),
            (jiangnanRow.RawScore!.Value, jiangnanRow.ScorecardCount, jiangnanRow.Spread!.Value, jiangnanRow.Disagreement)
        );
        Assert.All(ranking.Rows.Where(r => r.ProposalId != jiangnanEntry), r => Assert.Equal((null, 2), (r.Rank, r.MissingJudges.Count)));

        // A judge who recognises an entry declares it: it leaves their list and they can no longer open it.
        var judgeBOther = board
            .Entries.First(e => e.ProposalId != jiangnanEntry && e.Judges.Any(j => j.UserId == judgeB.UserId))
            .ProposalId;
        Assert.Equal(
            RuleCodes.ConflictReasonRequired,
            (await Use<JudgeConflicts, Outcome>(j => j.DeclareConflictAsync(judgeB, judgeBOther, " "))).Violation?.Code
        );
        Assert.True(
            (
                await Use<JudgeConflicts, Outcome>(j => j.DeclareConflictAsync(judgeB, judgeBOther, "Former PhD student of the lead"))
            ).Succeeded
        );
        Assert.False(await MayOpen(judgeB, judgeBOther));
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<JudgeConflicts, Outcome>(j => j.DeclareConflictAsync(outsider, grapheneEntry, "Not mine to declare")))
                .Violation
                ?.Code
        );
        board = (await Use<PanelBoardQuery, PanelBoard?>(p => p.GetBoardAsync(manager, challengeId)))!;
        Assert.Contains(
            new EntryConflictRow(judgeB.UserId!, ConflictSource.Declared),
            board.Entries.Single(e => e.ProposalId == judgeBOther).Conflicts
        );

        // An organisation-wide declaration withholds every entry with a member from it.
        // Judges name the organisation (no list of participants is ever shown to them), in English or Chinese.
        var graphene = await App.WithDbAsync(db => db.SolverOrganizations.SingleAsync(o => o.Id == solver2.SolverOrganizationId));
        Assert.Equal(
            RuleCodes.ConflictOrganizationUnknown,
            (
                await Use<JudgeConflicts, Outcome>(j =>
                    j.DeclareOrganizationConflictAsync(colleague, challengeId, "No such institute", "Adjunct professor there")
                )
            )
                .Violation
                ?.Code
        );
        Assert.True((await Use<PanelService, Outcome>(p => p.AssignAsync(manager, grapheneEntry, colleague.UserId!))).Succeeded);
        Assert.True(await MayOpen(colleague, grapheneEntry));
        Assert.True(
            (
                await Use<JudgeConflicts, Outcome>(j =>
                    j.DeclareOrganizationConflictAsync(colleague, challengeId, graphene.NameZh, "Adjunct professor there")
                )
            ).Succeeded
        );
        Assert.False(await MayOpen(colleague, grapheneEntry));
        Assert.Contains(await Use<JudgeConflicts, IReadOnlyList<ConflictDeclaration>>(j => j.MyDeclarationsAsync(colleague)), d =>
            d.OrganizationId == graphene.Id && d.OrganizationName == graphene.NameZh
        );
        Assert.Equal(
            RuleCodes.AccessDenied,
            (
                await Use<JudgeConflicts, Outcome>(j =>
                    j.DeclareOrganizationConflictAsync(outsider, challengeId, graphene.Name, "Not on this panel")
                )
            )
                .Violation
                ?.Code
        );
    }

    [SkippableFact]
    public async Task The_ranking_switches_to_normalised_scores_and_exports_csv_with_a_bom_for_its_own_sub_center_only()
    {
        SkipIfUnavailable();
        var (harsh, harshEmail) = await App.NewUserAsync(Roles.Judge, displayName: "Harsh judge");
        var (lenient, lenientEmail) = await App.NewUserAsync(Roles.Judge, displayName: "Lenient judge");
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var deadline = DateTime.UtcNow.AddSeconds(6);
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(deadline, $"Ranking {Guid.NewGuid():N}"),
            [harshEmail, lenientEmail]
        );
        var authors = new List<Actor>();
        var ids = new List<Guid>();
        foreach (var title in new[] { "银浆方案 A", "=HYPERLINK(\"x\") B", "Plan, with comma C" })
        {
            var (author, _) = await App.NewUserAsync(Roles.Solver);
            var submitted = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
                services.SubmitCompleteAsync(author, challengeId, title, "Route.", [])
            );
            Assert.True(submitted.Succeeded, submitted.Violation?.ToString());
            ids.Add(submitted.Value.ProposalId);
        }

        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );
        Assert.True(
            (
                await Use<PanelService, Outcome<IReadOnlyList<EntryShortfall>>>(p => p.AssignAutomaticallyAsync(manager, challengeId, 2))
            ).Succeeded
        );
        var criteria = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(harsh, ids[0])))!
            .Criteria.Select(c => c.Id)
            .ToArray();
        // Both criteria alike, so a card's weighted score is 10 × the value. Harsh: A 40, B 20, C unscored.
        // Lenient: A 90, B 100, C 80. Raw: B 60, A 65, C 80 (lenient only). Normalised: harsh z A +1, B −1;
        // lenient (μ 90, σ 8.165) A 0, B +1.225, C −1.225 → A +0.5, B +0.112, C −1.225.
        async Task ScoreAsync(Actor judge, Guid id, decimal value) =>
            Assert.True(
                (
                    await Use<JudgeScorecards, Outcome>(j =>
                        j.SaveScorecardAsync(
                            judge,
                            id,
                            new Dictionary<Guid, decimal> { [criteria[0]] = value, [criteria[1]] = value },
                            null
                        )
                    )
                ).Succeeded
            );
        await ScoreAsync(harsh, ids[0], 4);
        await ScoreAsync(harsh, ids[1], 2);
        await ScoreAsync(lenient, ids[0], 9);
        await ScoreAsync(lenient, ids[1], 10);
        await ScoreAsync(lenient, ids[2], 8);

        var raw = (await Use<RankingQuery, RankingView?>(j => j.GetRankingAsync(manager, challengeId, RankingBasis.Raw)))!;
        Assert.Equal([ids[2], ids[0], ids[1]], raw.Rows.Select(r => r.ProposalId));
        Assert.Equal(["Harsh judge"], raw.Rows[0].MissingJudges);
        var normalised = (await Use<RankingQuery, RankingView?>(j => j.GetRankingAsync(manager, challengeId, RankingBasis.Normalized)))!;
        Assert.Equal([ids[0], ids[1], ids[2]], normalised.Rows.Select(r => r.ProposalId));
        Assert.Equal([0.5, 0.112, -1.225], normalised.Rows.Select(r => r.NormalizedScore!.Value));

        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        Assert.Null(await Use<RankingQuery, RankingView?>(j => j.GetRankingAsync(otherManager, challengeId)));
        Assert.Null(await Use<RankingQuery, RankingView?>(j => j.GetRankingAsync(harsh, challengeId)));

        var path = $"/manage/challenges/{challengeId}/ranking.csv?basis=Normalized";
        var csv = await (await BrowserlessClient.SignedInAsync(App, DemoAccounts.NantongManager)).Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("1,银浆方案 A,", lines[1]);
        Assert.Contains(",0.500,", lines[1]);
        Assert.StartsWith("2,\"'=HYPERLINK(\"\"x\"\") B\",", lines[2]);
        Assert.StartsWith("3,\"Plan, with comma C\",", lines[3]);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await (await BrowserlessClient.SignedInAsync(App, DemoAccounts.ZunyiManager)).Http.GetAsync(path)).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await (await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver)).Http.GetAsync(path)).StatusCode
        );
        Assert.NotEqual(HttpStatusCode.OK, (await BrowserlessClient.Anonymous(App).Http.GetAsync(path)).StatusCode);
    }

    [SkippableFact]
    public async Task Scorecards_are_editable_until_the_judging_window_closes_then_locked()
    {
        SkipIfUnavailable();
        var judge = await App.ActorAsync(DemoAccounts.Judge);
        var deadline = DateTime.UtcNow.AddSeconds(6);
        var judgingCloses = deadline.AddSeconds(6);
        var content = ChallengeScenarios.Content(deadline, $"Lock {Guid.NewGuid():N}") with
        {
            Rounds = [new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline, judgingCloses)],
        };
        var challengeId = await ChallengeScenarios.PublishAsync(App, content, [DemoAccounts.Judge]);
        var (author, _) = await App.NewUserAsync(Roles.Solver);
        var submitted = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
            services.SubmitCompleteAsync(author, challengeId, "Silver paste", "Route.", [])
        );
        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );

        var card = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judge, submitted.Value.ProposalId)))!;
        Assert.True(card.AcceptsScores);
        var criteria = card.Criteria.Select(c => c.Id).ToArray();
        Assert.True((await Score(judge, submitted.Value.ProposalId, criteria, 7, 6)).Succeeded);
        var second = await Use<JudgeScorecards, Outcome>(j =>
            j.SaveScorecardAsync(
                judge,
                submitted.Value.ProposalId,
                new Dictionary<Guid, decimal> { [criteria[0]] = 8, [criteria[1]] = 6 },
                "Strong data, check the supplier.",
                Recommendation.Recommend,
                new Dictionary<Guid, string> { [criteria[0]] = " 烧结温度数据可靠。 " }
            )
        );
        Assert.True(second.Succeeded);
        card = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judge, submitted.Value.ProposalId)))!;
        Assert.Equal(
            (Recommendation.Recommend, "Strong data, check the supplier.", "烧结温度数据可靠。"),
            (card.Recommendation, card.Comment, card.CommentsToSolver![criteria[0]])
        );
        Assert.False(card.CommentsToSolver.ContainsKey(criteria[1]));

        await Task.Delay(judgingCloses - DateTime.UtcNow + TimeSpan.FromMilliseconds(300));
        Assert.Equal(RuleCodes.ScoringClosed, (await Score(judge, submitted.Value.ProposalId, criteria, 2, 2)).Violation?.Code);
        card = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judge, submitted.Value.ProposalId)))!;
        Assert.Equal(RuleCodes.ScoringClosed, card.Locked?.Code);
        Assert.Equal(8m, card.Scores[criteria[0]]);
    }

    [SkippableFact]
    public async Task A_scorecard_saved_as_a_draft_is_kept_but_counts_only_when_complete_and_the_anchors_reach_the_judge()
    {
        SkipIfUnavailable();
        var judge = await App.ActorAsync(DemoAccounts.Judge);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var deadline = DateTime.UtcNow.AddSeconds(3);
        var content = ChallengeScenarios.Content(deadline, $"Drafts {Guid.NewGuid():N}");
        content = content with
        {
            Criteria = [content.Criteria[0] with { Anchors = "0–3 below 20 mΩ/sq\n7–10 below 5 mΩ/sq" }, content.Criteria[1]],
        };
        var challengeId = await ChallengeScenarios.PublishAsync(App, content, [DemoAccounts.Judge]);
        var (author, _) = await App.NewUserAsync(Roles.Solver);
        var entry = (
            await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
                services.SubmitCompleteAsync(author, challengeId, "Silver paste", "Route.", [])
            )
        )
            .Value
            .ProposalId;
        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );

        var card = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judge, entry)))!;
        Assert.Equal(["0–3 below 20 mΩ/sq\n7–10 below 5 mΩ/sq", ""], card.Criteria.Select(c => c.Anchors));
        var criteria = card.Criteria.Select(c => c.Id).ToArray();

        Task<Outcome> Draft(Actor who, Dictionary<Guid, decimal> scores) =>
            Use<JudgeScorecards, Outcome>(j => j.SaveScorecardDraftAsync(who, entry, new ScorecardInput(scores, "Half done")));
        Task<RankingRow> Row() => Use<RankingQuery, RankingRow>(async j => (await j.GetRankingAsync(manager, challengeId))!.Rows.Single());

        // Half a card is kept, shown as not scored, and the judge is still missing from the ranking.
        Assert.True((await Draft(judge, new() { [criteria[0]] = 8 })).Succeeded);
        card = (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judge, entry)))!;
        Assert.Equal((8m, false, "Half done"), (card.Scores[criteria[0]], card.Complete, card.Comment));
        Assert.False(card.Scores.ContainsKey(criteria[1]));
        Assert.False((await EntriesOf(judge)).Single(e => e.ProposalId == entry).Scored);
        var row = await Row();
        Assert.Equal((null, 0), (row.RawScore, row.ScorecardCount));
        Assert.Single(row.MissingJudges);

        // A full save still needs every criterion, and leaves the draft as it was.
        Assert.Equal(
            RuleCodes.ScoreMissing,
            (
                await Use<JudgeScorecards, Outcome>(j =>
                    j.SaveScorecardAsync(judge, entry, new Dictionary<Guid, decimal> { [criteria[0]] = 9 }, null)
                )
            )
                .Violation
                ?.Code
        );
        Assert.Equal(8m, (await Use<JudgeScorecards, ScorecardView?>(j => j.GetScorecardAsync(judge, entry)))!.Scores[criteria[0]]);

        // Drafts are refused where full saves are: out of scale, and to anyone who may not score the entry.
        Assert.Equal(RuleCodes.ScoreOutOfRange, (await Draft(judge, new() { [criteria[1]] = 11 })).Violation?.Code);
        var (outsider, _) = await App.NewUserAsync(Roles.Judge);
        Assert.Equal(RuleCodes.AccessDenied, (await Draft(outsider, new() { [criteria[0]] = 1 })).Violation?.Code);
        Assert.Equal(RuleCodes.AccessDenied, (await Draft(author, new() { [criteria[0]] = 1 })).Violation?.Code);

        // Completed by a draft save, the card counts: 8 × 70 % + 5 × 30 % = 7.1 of 10, i.e. 71.
        Assert.True((await Draft(judge, new() { [criteria[0]] = 8, [criteria[1]] = 5 })).Succeeded);
        Assert.True((await EntriesOf(judge)).Single(e => e.ProposalId == entry).Scored);
        row = await Row();
        Assert.Equal((71.00m, 1), (row.RawScore, row.ScorecardCount));
        Assert.Empty(row.MissingJudges);

        // A card saved before score vectors existed is read score by score, to the same result.
        await App.WithDbAsync(db =>
            db.Scorecards.Where(s => s.ProposalId == entry).ExecuteUpdateAsync(u => u.SetProperty(s => s.VectorCriteria, (string?)null))
        );
        Assert.Equal((71.00m, 1), ((await Row()).RawScore, (await Row()).ScorecardCount));
    }

    [SkippableFact]
    public async Task In_a_blind_review_no_page_or_download_a_judge_can_reach_names_the_team_its_members_or_their_organisations()
    {
        SkipIfUnavailable();
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var solver2 = await App.ActorAsync(DemoAccounts.Solver2);
        var deadline = DateTime.UtcNow.AddSeconds(8);
        var content = ChallengeScenarios.Content(deadline, $"Blind {Guid.NewGuid():N}") with { BlindReview = true };
        var challengeId = await ChallengeScenarios.PublishAsync(App, content, [DemoAccounts.Judge]);
        static UploadedFile Pdf(string name) =>
            new(name, "application/pdf", 20, () => new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.4 test data..")));
        var first = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
            services.SubmitCompleteAsync(
                solver,
                challengeId,
                "Low-temperature silver paste",
                "Sintering at 180 °C.",
                [Pdf("Zhang-Wei-CV.pdf"), Pdf("measurements.pdf")]
            )
        );
        var second = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
            services.SubmitCompleteAsync(
                solver2,
                challengeId,
                "Graphene-silver hybrid",
                "Graphene bridges.",
                [Pdf("Graphene-Institute-report.pdf")]
            )
        );
        Assert.True(first.Succeeded && second.Succeeded);
        Assert.True(
            (await Use<TeamService, Outcome<TeamView>>(t => t.RenameAsync(solver, challengeId, "银浆课题组 Silver Lab"))).Succeeded
        );

        // Everything that identifies the two teams: names, members' names and e-mail addresses, organisations, file names.
        var identifying = await App.WithDbAsync(async db =>
        {
            var teams = await db.Teams.Where(t => t.ChallengeId == challengeId).Select(t => t.Id).ToListAsync();
            var members = await db.TeamMembers.Where(m => teams.Contains(m.TeamId)).Select(m => m.UserId).ToListAsync();
            var users = await db.Users.Where(u => members.Contains(u.Id)).ToListAsync();
            var organizationIds = users.Select(u => u.SolverOrganizationId).ToList();
            var organizations = await db.SolverOrganizations.Where(o => organizationIds.Contains(o.Id)).ToListAsync();
            return await db.Teams.Where(t => teams.Contains(t.Id)).Select(t => t.Name).ToListAsync() is var names
                ? names
                    .Concat(users.SelectMany(u => new[] { u.DisplayName, u.Email!, u.UserName! }))
                    .Concat(organizations.SelectMany(o => new[] { o.Name, o.NameZh }))
                    .Concat(["Zhang-Wei-CV", "Graphene-Institute-report"])
                    .Where(x => !string.IsNullOrWhiteSpace(x))
                    .Distinct()
                    .ToList()
                : [];
        });
        Assert.Contains("银浆课题组 Silver Lab", identifying);
        Assert.True(identifying.Count >= 8, string.Join(" | ", identifying));

        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );
        var judge = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Judge);
        var reached = new List<(string What, string Text)>();
        async Task ReachAsync(string path)
        {
            var response = await judge.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            reached.Add(
                (path, response.Content.Headers.ContentDisposition?.ToString() + "\n" + await response.Content.ReadAsStringAsync())
            );
        }

        await ReachAsync("/judging");
        var judgeActor = await App.ActorAsync(DemoAccounts.Judge);
        foreach (var proposalId in new[] { first.Value.ProposalId, second.Value.ProposalId })
        {
            // The dashboard links each round's card; the address without a round is round 1's.
            await ReachAsync($"/judging/proposals/{proposalId}");
            await ReachAsync($"/judging/proposals/{proposalId}/rounds/1");
            var view = (await Use<ProposalReads, ProposalView?>(p => p.GetAsync(judgeActor, proposalId)))!;
            Assert.Null(view.Team);
            foreach (var file in view.Shown!.Files)
            {
                Assert.Matches(@"^attachment-\d\.pdf$", file.FileName);
                await ReachAsync($"/files/attachments/{file.AttachmentId}");
            }
        }

        Assert.Equal(8, reached.Count);
        foreach (var (what, text) in reached)
        {
            foreach (var secret in identifying)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{what} shows \"{secret}\"");
            }
        }

        Assert.Contains(reached, r => r.Text.Contains("attachment-2.pdf", StringComparison.Ordinal));
        // The scan can fail: the organisers' page of the same entry does name the team.
        var organiser = await BrowserlessClient.SignedInAsync(App, DemoAccounts.NantongManager);
        Assert.Contains("银浆课题组 Silver Lab", await organiser.Http.GetStringAsync($"/proposals/{first.Value.ProposalId}"));
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteJudgingPanelTests(SqliteAppFixture fixture)
    : JudgingPanelTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresJudgingPanelTests(PostgresAppFixture fixture)
    : JudgingPanelTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
