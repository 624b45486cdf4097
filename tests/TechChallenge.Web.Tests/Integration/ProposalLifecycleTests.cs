using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// Drafts, versions, withdrawal and receipts through the real services, endpoints, database and scheduler, on SQLite
/// and on PostgreSQL: what each kind of viewer gets at each step, and what races leave behind.
/// </summary>
public abstract class ProposalLifecycleTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private TechChallengeApp App => fixture.App;

    private void SkipIfUnavailable() => Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

    private static UploadedFile File(string name, string content) =>
        new(name, "application/pdf", Encoding.UTF8.GetByteCount(content), () => new MemoryStream(Encoding.UTF8.GetBytes(content)));

    private async Task<T> Use<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<T> Reads<T>(Func<ProposalReads, Task<T>> action) => Use(action);

    private Task<T> Drafts<T>(Func<ProposalDrafts, Task<T>> action) => Use(action);

    private Task<T> Submission<T>(Func<ProposalSubmission, Task<T>> action) => Use(action);

    private Task<T> Services<T>(Func<IServiceProvider, Task<T>> action) => Use(action);

    private Task<Guid> PublishedChallengeAsync(DateTime deadlineUtc) =>
        ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(deadlineUtc, $"Proposal lifecycle {Guid.NewGuid():N}"),
            [DemoAccounts.Judge]
        );

    private async Task<IReadOnlyList<SectionAnswer>> AnswersAsync(Guid challengeId, string prefix)
    {
        var form = await Reads(p => p.FormAsync(challengeId));
        return [.. form!.Sections.Select((s, i) => new SectionAnswer(s.Key, $"{prefix} {i + 1}"))];
    }

    [SkippableFact]
    public async Task Organisers_see_only_the_latest_submitted_version_never_the_draft_and_receipts_verify()
    {
        SkipIfUnavailable();
        var challengeId = await PublishedChallengeAsync(DateTime.UtcNow.AddDays(5));
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var otherSolver = await App.ActorAsync(DemoAccounts.Solver2);
        var answers = await AnswersAsync(challengeId, "Sintering data");

        // An incomplete draft saves; it is nobody's business but the solver's, and it cannot be submitted yet.
        var draft = await Drafts(p =>
            p.SaveDraftAsync(solver, challengeId, new DraftInput(0, "Low-temperature paste", "Bimodal silver", [answers[0]]))
        );
        Assert.True(draft.Succeeded, draft.Violation?.ToString());
        Assert.Null(await Reads(p => p.GetAsync(manager, draft.Value.Id)));
        Assert.Equal(ProposalStatus.Draft, (await Reads(p => p.GetAsync(solver, draft.Value.Id)))!.Status);
        var incomplete = await Submission(p => p.SubmitDraftAsync(solver, challengeId, draft.Value.Revision));
        Assert.Equal(RuleCodes.ProposalSectionRequired, incomplete.Violation?.Code);
        Assert.Equal(0, (await Reads(p => p.GetDraftAsync(solver, challengeId)))!.VersionCount);

        var data = await Drafts(p => p.AddAttachmentAsync(solver, challengeId, File("sintering.pdf", "%PDF-1.4 sintering curves")));
        Assert.True(data.Succeeded, data.Violation?.ToString());
        var complete = await Drafts(p =>
            p.SaveDraftAsync(solver, challengeId, new DraftInput(draft.Value.Revision, "Low-temperature paste", "Bimodal silver", answers))
        );
        Assert.Equal(RuleCodes.ProposalEditedElsewhere, complete.Violation?.Code); // the upload moved the draft on
        var current = (await Reads(p => p.GetDraftAsync(solver, challengeId)))!;
        complete = await Drafts(p =>
            p.SaveDraftAsync(solver, challengeId, new DraftInput(current.Revision, "Low-temperature paste", "Bimodal silver", answers))
        );
        Assert.True(complete.Succeeded, complete.Violation?.ToString());

        var first = await Submission(p => p.SubmitDraftAsync(solver, challengeId, complete.Value.Revision));
        Assert.True(first.Succeeded, first.Violation?.ToString());
        Assert.Equal(1, first.Value.Number);
        var proposalId = first.Value.ProposalId;

        // The solver keeps editing: the organiser still reads version 1, not the draft.
        var afterSubmit = (await Reads(p => p.GetDraftAsync(solver, challengeId)))!;
        Assert.False(afterSubmit.HasUnsubmittedChanges);
        var edited = await Drafts(p =>
            p.SaveDraftAsync(
                solver,
                challengeId,
                new DraftInput(afterSubmit.Revision, "Low-temperature paste v2", "Draft text nobody else sees", answers)
            )
        );
        Assert.True(edited.Succeeded, edited.Violation?.ToString());
        var seenByManager = await Reads(p => p.GetAsync(manager, proposalId));
        Assert.Equal("Bimodal silver", seenByManager!.Shown!.Body);
        Assert.Empty(seenByManager.History);
        Assert.True(seenByManager.OffersHistory);

        var second = await Submission(p => p.SubmitDraftAsync(solver, challengeId, edited.Value.Revision));
        Assert.Equal(2, second.Value.Number);
        seenByManager = await Reads(p => p.GetAsync(manager, proposalId, withHistory: true));
        Assert.Equal("Draft text nobody else sees", seenByManager!.Shown!.Body);
        Assert.Equal([2, 1], seenByManager.History.Select(v => v.Number));

        // Other sub-centers, other solvers and judges (while submissions are open) get nothing.
        Assert.Null(await Reads(p => p.GetAsync(otherManager, proposalId)));
        Assert.Null(await Reads(p => p.GetAsync(otherSolver, proposalId)));
        var judge = await App.ActorAsync(DemoAccounts.Judge);
        Assert.Null(await Reads(p => p.GetAsync(judge, proposalId)));
        Assert.Null(await Reads(p => p.GetReceiptAsync(otherSolver, proposalId, 2)));

        // The receipt lists the content hash and each file's; the public check finds both, and nothing else.
        var receipt = await Reads(p => p.GetReceiptAsync(solver, proposalId, 2));
        Assert.Equal(second.Value.ContentSha256, receipt!.ContentSha256);
        Assert.Equal([("sintering.pdf", data.Value.Sha256)], receipt.Files.Select(f => (f.FileName, f.Sha256)));
        Assert.NotNull(await Reads(p => p.GetReceiptAsync(manager, proposalId, 1)));
        var byContent = await Reads(p => p.VerifyAsync(receipt.ContentSha256.ToUpperInvariant()));
        Assert.Equal([(proposalId, 2, (string?)null)], byContent.Select(m => (m.ProposalId, m.Version, m.FileName)));
        var byFile = await Reads(p => p.VerifyAsync(data.Value.Sha256));
        Assert.Equal([(1, "sintering.pdf"), (2, "sintering.pdf")], byFile.Select(m => (m.Version, m.FileName)));
        Assert.Empty(await Reads(p => p.VerifyAsync(new string('0', 64))));

        // The downloadable receipt: the author's, in their language; a 404 for anyone else.
        var author = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver);
        var text = await author.Http.GetStringAsync($"/proposals/{proposalId}/receipt/2.txt");
        Assert.Contains(receipt.ContentSha256, text);
        Assert.Contains(data.Value.Sha256, text);
        Assert.Contains("UTC", text);
        var stranger = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver2);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/proposals/{proposalId}/receipt/2.txt")).StatusCode);
        var verifyPage = await BrowserlessClient.Anonymous(App).Http.GetStringAsync($"/verify?hash={receipt.ContentSha256}");
        Assert.Contains(proposalId.ToString(), verifyPage);
        Assert.DoesNotContain("Draft text nobody else sees", verifyPage);
    }

    [SkippableFact]
    public async Task Two_saves_from_the_same_revision_one_wins_and_nothing_of_it_is_overwritten()
    {
        SkipIfUnavailable();
        var challengeId = await PublishedChallengeAsync(DateTime.UtcNow.AddDays(5));
        var solver = await App.ActorAsync(DemoAccounts.Solver2);
        var start = await Drafts(p => p.SaveDraftAsync(solver, challengeId, new DraftInput(0, "Start", "Start", [])));
        var revision = start.Value.Revision;

        var outcomes = await Task.WhenAll(
            Enumerable
                .Range(1, 4)
                .Select(i =>
                    Drafts(p => p.SaveDraftAsync(solver, challengeId, new DraftInput(revision, $"Tab {i}", $"Text of tab {i}", [])))
                )
        );

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(RuleCodes.ProposalEditedElsewhere, o.Violation?.Code));
        var saved = await Reads(p => p.GetDraftAsync(solver, challengeId));
        Assert.Equal(winner.Value.Title, saved!.Title);
        Assert.Equal(revision + 1, saved.Revision);
    }

    [SkippableFact]
    public async Task A_withdrawn_proposal_reaches_no_judge_or_organiser_and_nothing_changes_after_the_deadline()
    {
        SkipIfUnavailable();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var challengeId = await PublishedChallengeAsync(deadline);
        var withdrawing = await App.ActorAsync(DemoAccounts.Solver);
        var staying = await App.ActorAsync(DemoAccounts.Solver2);
        var judge = await App.ActorAsync(DemoAccounts.Judge);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);

        var gone = await Services(p =>
            p.SubmitCompleteAsync(withdrawing, challengeId, "Changed our minds", "Withdrawn text", [File("w.pdf", "%PDF withdrawn")])
        );
        var kept = await Services(p => p.SubmitCompleteAsync(staying, challengeId, "Staying in", "Kept text", []));
        Assert.True(gone.Succeeded && kept.Succeeded);
        Assert.True((await Submission(p => p.WithdrawAsync(withdrawing, challengeId))).Succeeded);
        var withdrawnFile = await App.WithDbAsync(db =>
            db.ProposalAttachments.Where(a => a.ProposalId == gone.Value.ProposalId).Select(a => a.Id).SingleAsync()
        );

        Assert.Equal(
            ChallengeStatus.Judging,
            await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.Judging, TimeSpan.FromSeconds(30))
        );

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var scorecards = scope.ServiceProvider.GetRequiredService<JudgeScorecards>();
            Assert.Equal(
                ["Staying in"],
                (await scorecards.ListAssignedAsync(judge)).Where(e => e.ChallengeId == challengeId).Select(e => e.ProposalTitle)
            );
            Assert.Null(await scorecards.GetScorecardAsync(judge, gone.Value.ProposalId));
            Assert.Equal(
                [kept.Value.ProposalId],
                (await scope.ServiceProvider.GetRequiredService<RankingQuery>().GetRankingAsync(manager, challengeId))!.Rows.Select(r =>
                    r.ProposalId
                )
            );
            var statistics = await scope.ServiceProvider.GetRequiredService<ChallengeCatalog>().GetAsync(Actor.Anonymous, challengeId);
            Assert.Equal(1, statistics!.Statistics.Proposals);
        }

        Assert.Null(await Reads(p => p.GetAsync(judge, gone.Value.ProposalId)));
        Assert.Null(await Reads(p => p.GetAsync(manager, gone.Value.ProposalId)));
        Assert.Null(await Reads(p => p.OpenAttachmentAsync(judge, withdrawnFile)));
        Assert.NotNull(await Reads(p => p.GetAsync(judge, kept.Value.ProposalId)));

        // After the deadline the drafts are frozen: no save, no withdrawal, no resubmission.
        Assert.Equal(
            RuleCodes.SubmissionsClosed,
            (await Drafts(p => p.SaveDraftAsync(staying, challengeId, new DraftInput(99, "Late edit", "Late", [])))).Violation?.Code
        );
        Assert.Equal(RuleCodes.SubmissionsClosed, (await Submission(p => p.WithdrawAsync(staying, challengeId))).Violation?.Code);
        Assert.Equal(
            RuleCodes.SubmissionsClosed,
            (await Submission(p => p.SubmitDraftAsync(withdrawing, challengeId, 99))).Violation?.Code
        );
        Assert.Equal("Kept text", (await Reads(p => p.GetAsync(judge, kept.Value.ProposalId)))!.Shown!.Body);
    }

    [SkippableFact]
    public async Task Draft_files_are_the_authors_alone_until_submitted()
    {
        SkipIfUnavailable();
        var challengeId = await PublishedChallengeAsync(DateTime.UtcNow.AddDays(5));
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var file = await Drafts(p => p.AddAttachmentAsync(solver, challengeId, File("early.pdf", "%PDF early")));
        Assert.True(file.Succeeded, file.Violation?.ToString());

        Assert.NotNull(await Reads(p => p.OpenAttachmentAsync(solver, file.Value.Id)));
        Assert.Null(await Reads(p => p.OpenAttachmentAsync(manager, file.Value.Id)));
        var managerClient = await BrowserlessClient.SignedInAsync(App, DemoAccounts.NantongManager);
        Assert.Equal(HttpStatusCode.NotFound, (await managerClient.Http.GetAsync($"/files/attachments/{file.Value.Id}")).StatusCode);

        Assert.True(
            (
                await Services(p => p.SubmitCompleteAsync(solver, challengeId, "With data", "Abstract", [File("early.pdf", "%PDF early")]))
            ).Succeeded
        );
        // The same file (name and content) sent again is the one the draft already held: no copy is made.
        Assert.Equal(
            1,
            await App.WithDbAsync(db =>
                db.ProposalAttachments.CountAsync(a => db.Proposals.Any(p => p.Id == a.ProposalId && p.ChallengeId == challengeId))
            )
        );
        await using var download = (await Reads(p => p.OpenAttachmentAsync(manager, file.Value.Id)))!.Content;
        Assert.Equal("%PDF early", await new StreamReader(download).ReadToEndAsync());
    }

    [SkippableFact]
    public async Task A_pdf_opens_in_the_browser_for_whoever_may_read_it_and_any_other_file_is_only_downloaded()
    {
        SkipIfUnavailable();
        var challengeId = await PublishedChallengeAsync(DateTime.UtcNow.AddDays(5));
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var pdf = await Drafts(p => p.AddAttachmentAsync(solver, challengeId, File("pilot results.pdf", "%PDF-1.4 pilot")));
        var notes = await Drafts(p => p.AddAttachmentAsync(solver, challengeId, File("notes.txt", "<script>alert(1)</script>")));
        Assert.True(pdf.Succeeded && notes.Succeeded, $"{pdf.Violation} {notes.Violation}");
        var author = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver);

        var shown = await author.Http.GetAsync($"/files/attachments/{pdf.Value.Id}/view");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("application/pdf", shown.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", shown.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("pilot results.pdf", shown.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", string.Join("", shown.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("%PDF-1.4 pilot", await shown.Content.ReadAsStringAsync());

        // Not a PDF: the same address downloads it, so the browser never renders an upload as a page of the site.
        var text = await author.Http.GetAsync($"/files/attachments/{notes.Value.Id}/view");
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.Equal("application/octet-stream", text.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", text.Content.Headers.ContentDisposition?.DispositionType);
        var download = await author.Http.GetAsync($"/files/attachments/{pdf.Value.Id}");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);

        // The same access rules as the download: the organiser only once it is submitted, anyone else never.
        var manager = await BrowserlessClient.SignedInAsync(App, DemoAccounts.NantongManager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/files/attachments/{pdf.Value.Id}/view")).StatusCode);
        var stranger = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver2);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/files/attachments/{pdf.Value.Id}/view")).StatusCode);
        var anonymous = await BrowserlessClient.Anonymous(App).Http.GetAsync($"/files/attachments/{pdf.Value.Id}/view");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteProposalLifecycleTests(SqliteAppFixture fixture)
    : ProposalLifecycleTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresProposalLifecycleTests(PostgresAppFixture fixture)
    : ProposalLifecycleTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
