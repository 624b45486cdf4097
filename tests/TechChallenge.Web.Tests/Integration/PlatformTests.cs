using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// The thin path and its denials through the real services, HTTP endpoints, database and scheduler. The same suite
/// runs on SQLite and on PostgreSQL (see the two subclasses at the end).
/// </summary>
public abstract class PlatformTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private TechChallengeApp App => fixture.App;

    private void SkipIfUnavailable() => Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

    private T Service<T>(IServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    private static UploadedFile File(string name, string content) =>
        new(name, "application/pdf", Encoding.UTF8.GetByteCount(content), () => new MemoryStream(Encoding.UTF8.GetBytes(content)));

    private Task<Guid> PublishedChallengeAsync(DateTime deadlineUtc, string title = ChallengeScenarios.DefaultTitle) =>
        ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(deadlineUtc, title), [DemoAccounts.Judge]);

    private Task<ChallengeStatus> WaitForStatusAsync(Guid challengeId, ChallengeStatus expected, TimeSpan timeout) =>
        App.WaitForChallengeStatusAsync(challengeId, expected, timeout);

    [SkippableFact]
    public async Task Migrations_are_applied_and_the_scheduler_store_exists()
    {
        SkipIfUnavailable();
        var pending = await App.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        Assert.Empty(pending);
        var applied = await App.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        Assert.NotEmpty(applied);
        // Quartz provisioned its own tables in the same database; the demo challenges' close triggers are stored there.
        var triggers = await App.WithDbAsync(db =>
            db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM qrtz_triggers").SingleAsync()
        );
        Assert.True(triggers >= 2, $"expected the demo challenges' close triggers in qrtz_triggers, found {triggers}");
    }

    [SkippableFact]
    public async Task Thin_path_publish_submit_close_by_the_scheduler_score_and_rank()
    {
        SkipIfUnavailable();
        var deadline = DateTime.UtcNow.AddSeconds(4);
        var challengeId = await PublishedChallengeAsync(deadline);
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var solver2 = await App.ActorAsync(DemoAccounts.Solver2);
        var judge = await App.ActorAsync(DemoAccounts.Judge);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);

        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var scorecards = Service<JudgeScorecards>(scope);
        var rankings = Service<RankingQuery>(scope);

        var submitted = await services.SubmitCompleteAsync(
            solver,
            challengeId,
            "Ag nanoparticle paste",
            "Bimodal nanoparticles sinter at 180 °C.",
            [File("data.pdf", "%PDF-1.4 measurements")]
        );
        Assert.True(submitted.Succeeded, submitted.Violation?.ToString());
        var second = await services.SubmitCompleteAsync(
            solver2,
            challengeId,
            "Graphene-silver hybrid",
            "Graphene bridges lower resistance.",
            []
        );
        Assert.True(second.Succeeded, second.Violation?.ToString());

        // Judges see nothing of this challenge while submissions are open.
        Assert.DoesNotContain(await scorecards.ListAssignedAsync(judge), e => e.ChallengeId == challengeId);
        Assert.Null(await scorecards.GetScorecardAsync(judge, submitted.Value.ProposalId));

        // The Quartz job, not the test, closes submissions at the deadline and opens judging.
        Assert.Equal(ChallengeStatus.Judging, await WaitForStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30)));
        var history = (await App.WithDbAsync(db => db.ChallengeTransitions.Where(t => t.ChallengeId == challengeId).ToListAsync()))
            .OrderBy(t => t.AtUtc)
            .ThenBy(t => t.To)
            .ToList();
        Assert.Equal(
            [
                ChallengeTrigger.SubmitForReview,
                ChallengeTrigger.Approve,
                ChallengeTrigger.Publish,
                ChallengeTrigger.OpenSubmissions,
                ChallengeTrigger.CloseSubmissions,
                ChallengeTrigger.StartJudging,
            ],
            history.Select(t => t.Trigger)
        );
        Assert.Null(history[4].ActorUserId);
        Assert.True(history[4].AtUtc >= deadline);

        // Everyone who submitted hears of the close, once, in the same save as the close itself.
        var told = await App.WithDbAsync(db =>
            db.Notifications.Where(n =>
                    n.ChallengeId == challengeId && n.Kind == TechChallenge.Domain.Notifications.NotificationKind.SubmissionsClosed
                )
                .Select(n => n.UserId)
                .ToListAsync()
        );
        Assert.Equal(new[] { solver.UserId, solver2.UserId }.Order(), told.Order());

        var late = await services.SubmitCompleteAsync(await NewUserAsync(Roles.Solver), challengeId, "Late", "Too late", []);
        Assert.Equal(RuleCodes.SubmissionsClosed, late.Violation?.Code);

        var entries = await scorecards.ListAssignedAsync(judge);
        Assert.Equal(2, entries.Count(e => e.ChallengeId == challengeId));
        var card = await scorecards.GetScorecardAsync(judge, submitted.Value.ProposalId);
        Assert.NotNull(card);
        Assert.True(card.AcceptsScores);
        var conductivity = card.Criteria.Single(c => c.Name == "Conductivity").Id;
        var cost = card.Criteria.Single(c => c.Name == "Cost").Id;
        Assert.True(
            (
                await scorecards.SaveScorecardAsync(
                    judge,
                    submitted.Value.ProposalId,
                    new Dictionary<Guid, decimal> { [conductivity] = 9, [cost] = 5 },
                    "Convincing data"
                )
            ).Succeeded
        );
        Assert.True(
            (
                await scorecards.SaveScorecardAsync(
                    judge,
                    second.Value.ProposalId,
                    new Dictionary<Guid, decimal> { [conductivity] = 6, [cost] = 8 },
                    null
                )
            ).Succeeded
        );

        var ranking = await rankings.GetRankingAsync(manager, challengeId);
        Assert.NotNull(ranking);
        // 70 × 9/10 + 30 × 5/10 = 78;  70 × 6/10 + 30 × 8/10 = 66
        Assert.Equal(
            [(1, submitted.Value.ProposalId, 78m), (2, second.Value.ProposalId, 66m)],
            ranking.Rows.Select(r => (r.Rank!.Value, r.ProposalId, r.RawScore!.Value))
        );
    }

    [SkippableFact]
    public async Task A_submission_at_the_deadline_is_refused_even_before_the_closing_job_runs()
    {
        SkipIfUnavailable();
        var deadline = DateTime.UtcNow.AddSeconds(2);
        var challengeId = await PublishedChallengeAsync(deadline);
        // Take the clock's triggers away: the refusal must come from the deadline itself, not from the job's work.
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ChallengeClock.GroupFor(challengeId)));
        Assert.Contains(ChallengeClock.MilestoneKey(challengeId, 1, MilestoneKind.SubmissionsClose), triggers);
        foreach (var trigger in triggers)
        {
            Assert.True(await scheduler.UnscheduleJob(trigger));
        }
        await Task.Delay(deadline - DateTime.UtcNow + TimeSpan.FromMilliseconds(200));

        await using var scope = App.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.SubmitCompleteAsync(
            await App.ActorAsync(DemoAccounts.Solver),
            challengeId,
            "Late",
            "Late",
            []
        );

        Assert.Equal(RuleCodes.SubmissionsClosed, outcome.Violation?.Code);
        Assert.Equal(
            ChallengeStatus.SubmissionsOpen,
            await App.WithDbAsync(db => db.Challenges.Where(c => c.Id == challengeId).Select(c => c.Status).SingleAsync())
        );
        Assert.Equal(0, await App.WithDbAsync(db => db.Proposals.CountAsync(p => p.ChallengeId == challengeId)));
    }

    [SkippableFact]
    public async Task A_trigger_that_fires_slightly_early_still_closes_at_the_deadline_not_before()
    {
        SkipIfUnavailable();
        var deadline = DateTime.UtcNow.AddSeconds(3);
        var challengeId = await PublishedChallengeAsync(deadline);
        // Quartz may fire a little before a trigger's time; make both steps due at the deadline fire a whole second early.
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        foreach (var kind in new[] { MilestoneKind.SubmissionsClose, MilestoneKind.JudgingOpens })
        {
            await scheduler.ScheduleTrigger(
                ChallengeClock.MilestoneTrigger(challengeId, new Milestone(1, kind, deadline.AddSeconds(-1))),
                TriggerConflict.Replace
            );
        }

        Assert.Equal(ChallengeStatus.Judging, await WaitForStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30)));
        var closedAt = await App.WithDbAsync(db =>
            db.ChallengeTransitions.Where(t => t.ChallengeId == challengeId && t.Trigger == ChallengeTrigger.CloseSubmissions)
                .Select(t => t.AtUtc)
                .SingleAsync()
        );
        Assert.True(closedAt >= deadline, $"closed at {closedAt:O}, before the deadline {deadline:O}");
    }

    private async Task<Actor> NewUserAsync(string role)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = Service<UserManager<ApplicationUser>>(scope);
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = $"New {role}",
        };
        Assert.True((await users.CreateAsync(user, "NewUser@2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return await App.ActorAsync(email);
    }

    [SkippableFact]
    public async Task A_manager_of_another_sub_center_can_neither_see_nor_edit_nor_move_nor_rank()
    {
        SkipIfUnavailable();
        await using var scope = App.Services.CreateAsyncScope();
        var challenges = Service<ChallengeAuthoring>(scope);
        var catalog = Service<ChallengeCatalog>(scope);
        var moves = Service<ChallengeLifecycleMoves>(scope);
        var files = Service<ChallengeFiles>(scope);
        var nantong = await App.ActorAsync(DemoAccounts.NantongManager);
        var zunyi = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var draft = await challenges.CreateDraftAsync(nantong, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(10)));
        var version = (await challenges.GetEditorAsync(nantong, draft.Value))!.Version;

        Assert.Null(await catalog.GetAsync(zunyi, draft.Value));
        Assert.Null(await catalog.GetAsync(Actor.Anonymous, draft.Value));
        Assert.Null(await catalog.GetAsync(solver, draft.Value));
        Assert.Null(await challenges.GetEditorAsync(zunyi, draft.Value));
        Assert.NotNull(await catalog.GetAsync(nantong, draft.Value));
        Assert.DoesNotContain(await challenges.ListManagedAsync(zunyi), c => c.Id == draft.Value);
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await challenges.SaveAsync(zunyi, draft.Value, version, ChallengeContent.Empty("Hijacked"), null)).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await challenges.SaveAsync(solver, draft.Value, version, ChallengeContent.Empty("Hijacked"), null)).Violation?.Code
        );
        foreach (var trigger in new[] { ChallengeTrigger.SubmitForReview, ChallengeTrigger.Cancel })
        {
            Assert.Equal(RuleCodes.AccessDenied, (await moves.TransitionAsync(zunyi, draft.Value, trigger, "reason")).Violation?.Code);
            Assert.Equal(RuleCodes.AccessDenied, (await moves.TransitionAsync(solver, draft.Value, trigger, "reason")).Violation?.Code);
            Assert.Equal(
                RuleCodes.AccessDenied,
                (await moves.TransitionAsync(Actor.Anonymous, draft.Value, trigger, "reason")).Violation?.Code
            );
        }

        Assert.Equal(
            RuleCodes.AccessDenied,
            (
                await files.AddFileAsync(
                    zunyi,
                    draft.Value,
                    "x.pdf",
                    5,
                    new MemoryStream("%PDF-"u8.ToArray()),
                    Infrastructure.Storage.UploadKind.Attachment
                )
            )
                .Violation
                ?.Code
        );
        Assert.Equal(RuleCodes.AccessDenied, (await challenges.SetJudgesAsync(zunyi, draft.Value, [])).Violation?.Code);
        Assert.Null(await Service<RankingQuery>(scope).GetRankingAsync(zunyi, draft.Value));
        Assert.Equal(
            new { Title = "Low-temperature sintering of silver paste", Status = ChallengeStatus.Draft },
            await App.WithDbAsync(db => db.Challenges.Where(c => c.Id == draft.Value).Select(c => new { c.Title, c.Status }).SingleAsync())
        );

        // Solvers and judges cannot create challenges at all.
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await challenges.CreateDraftAsync(solver, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(1)))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.AccessDenied,
            (
                await challenges.CreateDraftAsync(
                    await App.ActorAsync(DemoAccounts.Judge),
                    ChallengeScenarios.Content(DateTime.UtcNow.AddDays(1))
                )
            )
                .Violation
                ?.Code
        );
    }

    [SkippableFact]
    public async Task A_solver_never_sees_another_solvers_proposal_by_service_page_or_download_link()
    {
        SkipIfUnavailable();
        var challengeId = await PublishedChallengeAsync(DateTime.UtcNow.AddDays(5));
        await using var scope = App.Services.CreateAsyncScope();
        var proposals = Service<ProposalReads>(scope);
        var owner = await App.ActorAsync(DemoAccounts.Solver);
        var other = await App.ActorAsync(DemoAccounts.Solver2);
        var submitted = await scope.ServiceProvider.SubmitCompleteAsync(
            owner,
            challengeId,
            "Secret recipe",
            "Confidential process window",
            [File("recipe.pdf", "%PDF secret")]
        );
        var attachmentId = await App.WithDbAsync(db =>
            db.ProposalAttachments.Where(a => a.ProposalId == submitted.Value.ProposalId).Select(a => a.Id).SingleAsync()
        );

        Assert.Null(await proposals.GetAsync(other, submitted.Value.ProposalId));
        Assert.Null(await proposals.GetAsync(await App.ActorAsync(DemoAccounts.ZunyiManager), submitted.Value.ProposalId));
        Assert.Null(await proposals.GetAsync(await App.ActorAsync(DemoAccounts.Judge), submitted.Value.ProposalId)); // still open
        Assert.NotNull(await proposals.GetAsync(await App.ActorAsync(DemoAccounts.NantongManager), submitted.Value.ProposalId));
        Assert.Null(await proposals.OpenAttachmentAsync(other, attachmentId));

        var otherClient = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.Http.GetAsync($"/files/attachments/{attachmentId}")).StatusCode);
        var otherPage = await otherClient.Http.GetStringAsync($"/proposals/{submitted.Value.ProposalId}");
        Assert.DoesNotContain("Confidential process window", otherPage);
        Assert.Contains("data-testid=\"not-found\"", otherPage);

        var anonymous = BrowserlessClient.Anonymous(App);
        var anonymousDownload = await anonymous.Http.GetAsync($"/files/attachments/{attachmentId}");
        Assert.Equal(HttpStatusCode.Redirect, anonymousDownload.StatusCode);
        Assert.Contains("/account/login", anonymousDownload.Headers.Location!.ToString());

        var ownerClient = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver);
        var download = await ownerClient.Http.GetAsync($"/files/attachments/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("%PDF secret", await download.Content.ReadAsStringAsync());
        Assert.Contains("Confidential process window", await ownerClient.Http.GetStringAsync($"/proposals/{submitted.Value.ProposalId}"));
    }

    [SkippableFact]
    public async Task Judges_see_only_entries_of_challenges_they_are_assigned_to()
    {
        SkipIfUnavailable();
        // The demo challenge that is in judging (other tests in this class add their own).
        var windChallenge = await App.WithDbAsync(db =>
            db.Challenges.Where(c => c.Status == ChallengeStatus.Judging && c.Title.Contains("offshore wind"))
                .Select(c => c.Id)
                .SingleAsync()
        );
        var entry = await App.WithDbAsync(db => db.Proposals.Where(p => p.ChallengeId == windChallenge).Select(p => p.Id).FirstAsync());
        await using var scope = App.Services.CreateAsyncScope();
        var scorecards = Service<JudgeScorecards>(scope);
        var proposals = Service<ProposalReads>(scope);

        // A judge who is not on this challenge's panel.
        var outsiderActor = await NewUserAsync(Roles.Judge);

        Assert.Empty(await scorecards.ListAssignedAsync(outsiderActor));
        Assert.Null(await scorecards.GetScorecardAsync(outsiderActor, entry));
        Assert.Null(await proposals.GetAsync(outsiderActor, entry));
        var criteria = (await scorecards.GetScorecardAsync(await App.ActorAsync(DemoAccounts.Judge), entry))!.Criteria;
        var scores = criteria.ToDictionary(c => c.Id, _ => 5m);
        Assert.Equal(RuleCodes.AccessDenied, (await scorecards.SaveScorecardAsync(outsiderActor, entry, scores, null)).Violation?.Code);
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await scorecards.SaveScorecardAsync(await App.ActorAsync(DemoAccounts.Solver), entry, scores, null)).Violation?.Code
        );

        var assigned = await App.ActorAsync(DemoAccounts.Judge);
        Assert.Contains(await scorecards.ListAssignedAsync(assigned), e => e.ProposalId == entry);
        Assert.NotNull(await proposals.GetAsync(assigned, entry));
        Assert.Equal(
            RuleCodes.ScoreOutOfRange,
            (await scorecards.SaveScorecardAsync(assigned, entry, criteria.ToDictionary(c => c.Id, _ => 11m), null)).Violation?.Code
        );
    }

    [SkippableFact]
    public async Task Two_simultaneous_submissions_by_one_solver_make_one_proposal()
    {
        SkipIfUnavailable();
        var challengeId = await PublishedChallengeAsync(DateTime.UtcNow.AddDays(5));
        var solver = await App.ActorAsync(DemoAccounts.Solver);

        async Task<Outcome<SubmittedVersion>> SubmitOnce()
        {
            await using var scope = App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.SubmitCompleteAsync(
                solver,
                challengeId,
                "Double click",
                "Submitted twice",
                [File("a.pdf", "%PDF a")]
            );
        }

        var outcomes = await Task.WhenAll(SubmitOnce(), SubmitOnce(), SubmitOnce());

        // Every click is answered with the same receipt: one proposal, one version.
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Violation?.ToString()));
        Assert.Single(outcomes.Select(o => (o.Value.ProposalId, o.Value.Number, o.Value.ContentSha256)).Distinct());
        Assert.Equal(1, await App.WithDbAsync(db => db.Proposals.CountAsync(p => p.ChallengeId == challengeId)));
        Assert.Equal(
            1,
            await App.WithDbAsync(db =>
                db.ProposalVersions.CountAsync(v => db.Proposals.Any(p => p.Id == v.ProposalId && p.ChallengeId == challengeId))
            )
        );
        // The repeated copies left no files behind: one attachment row, one stored file for it.
        Assert.Equal(
            1,
            await App.WithDbAsync(db =>
                db.ProposalAttachments.CountAsync(a => db.Proposals.Any(p => p.Id == a.ProposalId && p.ChallengeId == challengeId))
            )
        );
    }

    [SkippableTheory]
    [InlineData("tool.exe", 10, RuleCodes.FileTypeNotAllowed)]
    [InlineData("../../etc/passwd.pdf", 10, RuleCodes.FileNameInvalid)]
    [InlineData("report\u0007.pdf", 10, RuleCodes.FileNameInvalid)]
    [InlineData("empty.pdf", 0, RuleCodes.FileEmpty)]
    [InlineData("huge.pdf", 30 * 1024 * 1024, RuleCodes.FileTooLarge)]
    public async Task Bad_uploads_are_refused_with_a_reason_and_nothing_is_stored(string fileName, long declaredSize, string expected)
    {
        SkipIfUnavailable();
        var challengeId = await PublishedChallengeAsync(DateTime.UtcNow.AddDays(5));
        var solver = await App.ActorAsync(DemoAccounts.Solver2);
        await using var scope = App.Services.CreateAsyncScope();
        var file = new UploadedFile(fileName, "application/octet-stream", declaredSize, () =>
            new MemoryStream(new byte[Math.Min(declaredSize, 16)])
        );

        var outcome = await scope.ServiceProvider.SubmitCompleteAsync(solver, challengeId, "Title", "Body", [file]);

        Assert.Equal(expected, outcome.Violation?.Code);
        Assert.Equal(0, await App.WithDbAsync(db => db.Proposals.CountAsync(p => p.ChallengeId == challengeId)));
    }

    [SkippableFact]
    public async Task A_file_larger_than_declared_is_cut_off_at_the_limit()
    {
        SkipIfUnavailable();
        var challengeId = await PublishedChallengeAsync(DateTime.UtcNow.AddDays(5));
        await using var scope = App.Services.CreateAsyncScope();
        var lying = new UploadedFile("small.pdf", "application/pdf", 100, () =>
            new MemoryStream([.. "%PDF-1.7"u8, .. new byte[21 * 1024 * 1024]])
        );

        var outcome = await scope.ServiceProvider.SubmitCompleteAsync(
            await App.ActorAsync(DemoAccounts.Solver),
            challengeId,
            "T",
            "B",
            [lying]
        );

        Assert.Equal(RuleCodes.FileTooLarge, outcome.Violation?.Code);
        var files = Directory.Exists(Path.Combine(App.DataFolder, "files"))
            ? Directory.GetFiles(Path.Combine(App.DataFolder, "files"))
            : [];
        Assert.DoesNotContain(files, f => new FileInfo(f).Length > 20 * 1024 * 1024);
    }

    [SkippableFact]
    public async Task The_public_catalog_lists_published_challenges_and_hides_drafts()
    {
        SkipIfUnavailable();
        var client = BrowserlessClient.Anonymous(App);

        // Other tests publish challenges too, so each demo challenge is looked up by a word of its own.
        async Task<List<string>> TitlesAsync(string path) =>
            (await client.GetDocumentAsync(path))
                .QuerySelectorAll("[data-testid=challenge-card] .tc-card-title")
                .Select(e => e.TextContent.Trim())
                .ToList();

        Assert.Contains(await TitlesAsync("/challenges"), t => t.Length > 0);
        Assert.Contains(await TitlesAsync("/challenges?q=graphene"), t => t.Contains("Graphene powder preparation process optimisation"));
        Assert.Contains(await TitlesAsync("/challenges?q=encapsulated"), t => t.Contains("Encapsulated-drug formulation"));
        Assert.Empty(await TitlesAsync("/challenges?q=chilli")); // the demo draft
        Assert.Empty(await TitlesAsync("/challenges?q=" + Uri.EscapeDataString("dyeing wastewater"))); // awaiting review
        var filtered = await client.GetDocumentAsync("/challenges?q=graphene");
        Assert.All(filtered.QuerySelectorAll("[data-testid=challenge-card] .tc-card-title"), e =>
            Assert.Contains("raphene", e.TextContent)
        );
    }

    [SkippableFact]
    public async Task Management_pages_send_anonymous_visitors_to_log_in_and_refuse_solvers()
    {
        SkipIfUnavailable();
        var anonymous = await BrowserlessClient.Anonymous(App).Http.GetAsync("/manage/challenges");
        // Interactive pages answer 200 with a redirect component or a 302; either way the content is not served.
        var body = await anonymous.Content.ReadAsStringAsync();
        Assert.True(
            anonymous.StatusCode == HttpStatusCode.Redirect || body.Contains("/account/login"),
            $"anonymous got {(int)anonymous.StatusCode}"
        );
        Assert.DoesNotContain("data-testid=\"new-challenge\"", body);

        var solver = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver);
        var solverResponse = await solver.Http.GetAsync("/manage/challenges");
        Assert.Equal(HttpStatusCode.Redirect, solverResponse.StatusCode);
        Assert.StartsWith("/account/access-denied", solverResponse.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("data-testid=\"new-challenge\"", await solverResponse.Content.ReadAsStringAsync());

        var manager = await BrowserlessClient.SignedInAsync(App, DemoAccounts.NantongManager);
        Assert.Contains("data-testid=\"new-challenge\"", await manager.Http.GetStringAsync("/manage/challenges"));
    }

    [SkippableFact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        SkipIfUnavailable();
        var client = BrowserlessClient.Anonymous(App);

        var response = await client.SubmitLoginAsync(DemoAccounts.Solver, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = BrowserlessClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("E-mail or password is wrong.", page.QuerySelector("[data-testid=login-error]")?.TextContent);
    }

    [SkippableFact]
    public async Task The_language_choice_persists_in_a_cookie_and_leaves_the_e_mail_language_alone()
    {
        SkipIfUnavailable();
        var client = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Judge);
        client.Http.DefaultRequestHeaders.AcceptLanguage.Clear();
        Task<string?> EmailLanguageAsync() =>
            App.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Judge).Select(u => u.PreferredCulture).SingleAsync());
        var emailLanguage = await EmailLanguageAsync();

        var switched = await client.Http.GetAsync("/culture?culture=zh-CN&returnUrl=%2Fchallenges");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/challenges", switched.Headers.Location!.ToString());
        var page = await client.GetDocumentAsync("/challenges");
        Assert.Equal("创新挑战榜单", page.QuerySelector("h1")!.TextContent.Trim());
        // The screen's language only: the judge's e-mails keep the language of their profile (LanguageAndTimeZoneTests).
        Assert.Equal(emailLanguage, await EmailLanguageAsync());

        // An open redirect through the switch is not possible.
        var offsite = await client.Http.GetAsync("/culture?culture=en-US&returnUrl=%2F%2Fevil.example");
        Assert.Equal("/", offsite.Headers.Location!.ToString());
        Assert.Equal("Innovation challenges", (await client.GetDocumentAsync("/challenges")).QuerySelector("h1")!.TextContent.Trim());
    }

    [SkippableFact]
    public async Task Review_without_a_sound_setup_is_refused_and_explained()
    {
        SkipIfUnavailable();
        await using var scope = App.Services.CreateAsyncScope();
        var challenges = Service<ChallengeAuthoring>(scope);
        var moves = Service<ChallengeLifecycleMoves>(scope);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var badWeights = ChallengeScenarios.Content(DateTime.UtcNow.AddDays(3)) with { Criteria = [new CriterionPlan("Only", "", 60)] };
        var noRounds = ChallengeScenarios.Content(DateTime.UtcNow.AddDays(3)) with { Rounds = [] };

        var weights = await moves.TransitionAsync(
            manager,
            (await challenges.CreateDraftAsync(manager, badWeights)).Value,
            ChallengeTrigger.SubmitForReview
        );
        var rounds = await moves.TransitionAsync(
            manager,
            (await challenges.CreateDraftAsync(manager, noRounds)).Value,
            ChallengeTrigger.SubmitForReview
        );

        Assert.Equal(new RuleViolation(RuleCodes.CriteriaWeightsMustSumTo100, 60m).ToString(), weights.Violation?.ToString());
        Assert.Equal(RuleCodes.RoundsRequired, rounds.Violation?.Code);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqlitePlatformTests(SqliteAppFixture fixture)
    : PlatformTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresPlatformTests(PostgresAppFixture fixture)
    : PlatformTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
