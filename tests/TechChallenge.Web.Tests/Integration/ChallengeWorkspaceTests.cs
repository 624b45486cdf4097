using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Regions;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Storage;
using TechChallenge.Infrastructure.SubCenters;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// Sub-center workspaces, review, amendments, the catalog, confidential access, Q&amp;A and announcements through the
/// real services and HTTP endpoints, with every denial checked. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class ChallengeWorkspaceTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private TechChallengeApp App => fixture.App;

    private void SkipIfUnavailable() => Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

    private async Task<T> WithAsync<T, TService>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<T> Catalog<T>(Func<ChallengeCatalog, Task<T>> use) => WithAsync(use);

    private Task<T> Authoring<T>(Func<ChallengeAuthoring, Task<T>> use) => WithAsync(use);

    private Task<T> Moves<T>(Func<ChallengeLifecycleMoves, Task<T>> use) => WithAsync(use);

    private Task<T> Files<T>(Func<ChallengeFiles, Task<T>> use) => WithAsync(use);

    private Task<T> Engagement<T>(Func<ChallengeEngagementService, Task<T>> use) => WithAsync(use);

    private Task<T> Announcements<T>(Func<ChallengeAnnouncements, Task<T>> use) => WithAsync(use);

    private Task<T> SubCenters<T>(Func<SubCenterService, Task<T>> use) => WithAsync(use);

    private Task<T> FieldTags<T>(Func<FieldTagService, Task<T>> use) => WithAsync(use);

    private static string Marker() => "m" + Guid.NewGuid().ToString("N")[..10];

    [SkippableFact]
    public async Task Only_platform_admins_approve_and_managers_publish_only_approved_challenges()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var admin = await App.ActorAsync(DemoAccounts.Admin);
        var id = (await Authoring(c => c.CreateDraftAsync(manager, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(20))))).Value;

        Assert.Equal(
            RuleCodes.TransitionNotAllowed,
            (await Moves(c => c.TransitionAsync(manager, id, ChallengeTrigger.Publish))).Violation?.Code
        );
        Assert.True((await Moves(c => c.TransitionAsync(manager, id, ChallengeTrigger.SubmitForReview))).Succeeded);
        Assert.Equal(
            RuleCodes.TransitionRoleNotAllowed,
            (await Moves(c => c.TransitionAsync(manager, id, ChallengeTrigger.Approve))).Violation?.Code
        );
        var zunyi = await App.ActorAsync(DemoAccounts.ZunyiManager);
        Assert.Equal(RuleCodes.AccessDenied, (await Moves(c => c.TransitionAsync(zunyi, id, ChallengeTrigger.Approve))).Violation?.Code);
        Assert.Contains(await Authoring(c => c.ListAwaitingReviewAsync(admin)), s => s.Id == id);
        Assert.Empty(await Authoring(c => c.ListAwaitingReviewAsync(manager)));

        Assert.True(
            (await Moves(c => c.TransitionAsync(admin, id, ChallengeTrigger.ReturnForChanges, "State the award in CNY"))).Succeeded
        );
        var returned = await Catalog(c => c.GetAsync(manager, id));
        Assert.Equal(ChallengeStatus.ReturnedForChanges, returned!.Summary.Status);
        Assert.Equal("State the award in CNY", returned.History[^1].Reason);

        Assert.True((await Moves(c => c.TransitionAsync(manager, id, ChallengeTrigger.SubmitForReview))).Succeeded);
        Assert.True((await Moves(c => c.TransitionAsync(admin, id, ChallengeTrigger.Approve))).Succeeded);
        Assert.Null(await Catalog(c => c.GetAsync(Actor.Anonymous, id))); // approved is not yet public
        Assert.True((await Moves(c => c.TransitionAsync(manager, id, ChallengeTrigger.Publish))).Succeeded);

        var published = await Catalog(c => c.GetAsync(Actor.Anonymous, id));
        Assert.Equal(ChallengeStatus.SubmissionsOpen, published!.Summary.Status); // round 1 had begun
        // The public history leaves out the review's back and forth.
        Assert.DoesNotContain(published.History, h => h.Reason == "State the award in CNY");
        Assert.Equal(
            ChallengeEventKind.Published,
            await App.WithDbAsync(db => db.ChallengeEvents.Where(e => e.ChallengeId == id).Select(e => e.Kind).SingleAsync())
        );
    }

    [SkippableFact]
    public async Task A_stale_edit_is_refused_and_overwrites_nothing()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var id = (await Authoring(c => c.CreateDraftAsync(manager, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(20))))).Value;
        var editor = (await Authoring(c => c.GetEditorAsync(manager, id)))!;

        var first = await Authoring(c => c.SaveAsync(manager, id, editor.Version, editor.Content with { Summary = "First tab" }, null));
        var second = await Authoring(c => c.SaveAsync(manager, id, editor.Version, editor.Content with { Summary = "Second tab" }, null));

        Assert.True(first.Succeeded);
        Assert.Equal(RuleCodes.ConcurrentEdit, second.Violation?.Code);
        Assert.Equal("First tab", (await Authoring(c => c.GetEditorAsync(manager, id)))!.Content.Summary);
        Assert.True(
            (
                await Authoring(c => c.SaveAsync(manager, id, first.Value, editor.Content with { Summary = "Second tab, reloaded" }, null))
            ).Succeeded
        );
    }

    [SkippableFact]
    public async Task Simultaneous_saves_from_the_same_version_leave_exactly_one_winner()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var id = (await Authoring(c => c.CreateDraftAsync(manager, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(20))))).Value;
        var editor = (await Authoring(c => c.GetEditorAsync(manager, id)))!;

        var saves = await Task.WhenAll(
            Enumerable
                .Range(0, 4)
                .Select(i => Authoring(c => c.SaveAsync(manager, id, editor.Version, editor.Content with { Summary = $"Tab {i}" }, null)))
        );

        var winner = Assert.Single(saves, s => s.Succeeded);
        Assert.All(saves.Where(s => !s.Succeeded), s => Assert.Equal(RuleCodes.ConcurrentEdit, s.Violation?.Code));
        Assert.Equal(winner.Value, (await Authoring(c => c.GetEditorAsync(manager, id)))!.Version);
    }

    [SkippableFact]
    public async Task Moving_a_published_deadline_is_versioned_logged_announced_and_replanned()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var deadline = DateTime.UtcNow.AddDays(10).Date.AddHours(9);
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(deadline));
        var editor = (await Authoring(c => c.GetEditorAsync(manager, id)))!;
        var later = deadline.AddDays(7);
        var moved = editor.Content with
        {
            Rounds =
            [
                editor.Content.Rounds[0] with
                {
                    SubmissionClosesUtc = later,
                    JudgingOpensUtc = later,
                    JudgingClosesUtc = later.AddDays(14),
                },
            ],
        };

        Assert.Equal(
            RuleCodes.MaterialChangeNoteRequired,
            (await Authoring(c => c.SaveAsync(manager, id, editor.Version, moved, null))).Violation?.Code
        );
        Assert.True((await Authoring(c => c.SaveAsync(manager, id, editor.Version, moved, "Extended on request"))).Succeeded);

        var publicView = (await Catalog(c => c.GetAsync(Actor.Anonymous, id)))!;
        var revision = Assert.Single(publicView.ChangeLog);
        Assert.Equal(
            (1, true, deadline, later, "Extended on request"),
            (revision.Number, revision.IsMaterial, revision.PreviousDeadlineUtc!.Value, revision.NewDeadlineUtc!.Value, revision.Note)
        );
        Assert.Equal(later, publicView.Summary.SubmissionDeadlineUtc);
        Assert.Contains(
            ChallengeEventKind.Amended,
            await App.WithDbAsync(db => db.ChallengeEvents.Where(e => e.ChallengeId == id).Select(e => e.Kind).ToListAsync())
        );
        // The scheduler's own store now holds the close at the new deadline.
        var planned = await App.Services.GetRequiredService<ChallengeClock>().NextTransitionAsync(id, CancellationToken.None);
        Assert.Equal(later, planned!.Value.UtcDateTime);

        // A cosmetic edit is a revision too, but only the sub-center sees it in the log.
        editor = (await Authoring(c => c.GetEditorAsync(manager, id)))!;
        Assert.True(
            (await Authoring(c => c.SaveAsync(manager, id, editor.Version, editor.Content with { Summary = "Clearer" }, null))).Succeeded
        );
        Assert.Single((await Catalog(c => c.GetAsync(Actor.Anonymous, id)))!.ChangeLog);
        Assert.Equal(2, (await Catalog(c => c.GetAsync(manager, id)))!.ChangeLog.Count);
    }

    [SkippableFact]
    public async Task Cancelling_needs_a_reason_and_removes_the_planned_close()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(5)));

        Assert.Equal(
            RuleCodes.CancelReasonRequired,
            (await Moves(c => c.TransitionAsync(manager, id, ChallengeTrigger.Cancel, " "))).Violation?.Code
        );
        Assert.True(
            (await Moves(c => c.TransitionAsync(manager, id, ChallengeTrigger.Cancel, "The enterprise withdrew the need"))).Succeeded
        );

        Assert.Null(await App.Services.GetRequiredService<ChallengeClock>().NextTransitionAsync(id, CancellationToken.None));
        Assert.Equal("The enterprise withdrew the need", (await Catalog(c => c.GetAsync(manager, id)))!.History[^1].Reason);
    }

    [SkippableFact]
    public async Task The_catalog_searches_filters_sorts_and_pages_published_challenges_only()
    {
        SkipIfUnavailable();
        var marker = Marker();
        var zunyi = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var newMaterials = await App.WithDbAsync(db => db.FieldTags.Where(f => f.Code == "new-materials").Select(f => f.Id).SingleAsync());
        var soon = DateTime.UtcNow.AddDays(4);
        var cheap = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(soon.AddDays(20), $"Cheap {marker}") with
            {
                AwardAmount = 50_000,
            }
        );
        var rich = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(soon, $"Rich {marker}") with
            {
                AwardAmount = 900_000,
                FieldTagIds = [newMaterials],
                Type = ChallengeType.Ideation,
            }
        );
        var zunyiOne = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(soon.AddDays(10), $"Zunyi {marker}") with
            {
                Region = RegionCode.Parse("520302"), // Honghuagang District, Zunyi
                AwardAmount = 300_000,
            },
            managerEmail: DemoAccounts.ZunyiManager
        );
        var draft = (await Authoring(c => c.CreateDraftAsync(zunyi, ChallengeScenarios.Content(soon, $"Draft {marker}")))).Value;
        var unlisted = ChallengeScenarios.Content(soon, $"Unlisted {marker}") with { Region = RegionCode.Parse("520399") };
        Assert.Equal(RuleCodes.RegionUnknown, (await Authoring(c => c.CreateDraftAsync(zunyi, unlisted))).Violation?.Code);

        async Task<Guid[]> Search(CatalogQuery query) =>
            (await Catalog(c => c.SearchCatalogAsync(query with { Text = $"{marker} {query.Text}" }))).Items.Select(i => i.Id).ToArray();

        Assert.Equal([zunyiOne, rich, cheap], await Search(new CatalogQuery())); // newest first; the draft is not public
        Assert.DoesNotContain(draft, await Search(new CatalogQuery()));
        Assert.Equal([rich, zunyiOne, cheap], await Search(new CatalogQuery(Sort: CatalogSort.DeadlineSoonest)));
        Assert.Equal([rich, zunyiOne, cheap], await Search(new CatalogQuery(Sort: CatalogSort.Award)));
        Assert.Equal([rich], await Search(new CatalogQuery(Field: "new-materials")));
        Assert.Equal([rich], await Search(new CatalogQuery(Text: "新材料"))); // tags are searchable in both languages
        Assert.Equal([rich], await Search(new CatalogQuery(Type: ChallengeType.Ideation)));
        Assert.Equal([zunyiOne], await Search(new CatalogQuery(Region: "520302")));
        Assert.Equal([zunyiOne], await Search(new CatalogQuery(Region: "520300"))); // the city takes in its districts
        Assert.Equal([zunyiOne], await Search(new CatalogQuery(Region: "520000")));
        Assert.Equal([zunyiOne], await Search(new CatalogQuery(Region: "Guizhou · Zunyi"))); // a link from before the list
        Assert.Empty(await Search(new CatalogQuery(Region: "520303"))); // another district of Zunyi
        Assert.Equal([zunyiOne], await Search(new CatalogQuery(Text: "遵义"))); // a region is searched by its names too
        Assert.Equal([zunyiOne], await Search(new CatalogQuery(Text: "honghuagang")));
        var zunyiRow = (await Catalog(c => c.SearchCatalogAsync(new CatalogQuery(Text: marker, Region: "520300")))).Items.Single();
        Assert.Equal(
            ("520302", "贵州省 · 遵义市 · 红花岗区", "Guizhou · Zunyi · Honghuagang District"),
            (zunyiRow.Region.Code, zunyiRow.Region.Zh, zunyiRow.Region.En)
        );
        // The filter offers the district and the city and province it lies in, so a city can be chosen for its districts.
        var choices = (await Catalog(c => c.CatalogFacetsAsync())).RegionChoices.Select(r => r.Code).ToList();
        Assert.Superset(new HashSet<string> { "520000", "520300", "520302" }, choices.ToHashSet());
        Assert.Equal(choices.Order(StringComparer.Ordinal), choices);
        Assert.Equal([zunyiOne], await Search(new CatalogQuery(SubCenterId: zunyi.SubCenterId)));
        Assert.Equal([zunyiOne, cheap], await Search(new CatalogQuery(MaxAward: 300_000)));
        Assert.Equal([zunyiOne, rich], await Search(new CatalogQuery(MinAward: 300_000)));
        Assert.Equal([rich], await Search(new CatalogQuery(Text: "RICH"))); // case does not matter
        Assert.Empty(await Search(new CatalogQuery(Text: "%"))); // LIKE wildcards typed by users match only themselves
        Assert.Empty(await Search(new CatalogQuery(Status: ChallengeStatus.Judging)));

        var all = await Catalog(c => c.SearchCatalogAsync(new CatalogQuery(Text: marker)));
        Assert.Equal((3, 1, 1), (all.Total, all.Page, all.PageCount));
        var beyond = await Catalog(c => c.SearchCatalogAsync(new CatalogQuery(Text: marker, Page: 99)));
        Assert.Equal((1, 1), (beyond.Page, beyond.PageCount)); // a page past the end shows the last one
    }

    [SkippableFact]
    public async Task The_catalog_page_carries_its_query_in_the_url()
    {
        SkipIfUnavailable();
        var marker = Marker();
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(9), $"Silver {marker}"));
        var client = BrowserlessClient.Anonymous(App);

        // The form sends empty fields too; the server answers with the short, shareable URL.
        var submitted = await client.Http.GetAsync($"/challenges?q={marker}&field=&region=&type=&sort=Award&page=");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/challenges?q={marker}&sort=Award", new Uri(new Uri("http://localhost"), submitted.Headers.Location!).PathAndQuery);

        var page = await client.GetDocumentAsync($"/challenges?q={marker}&sort=Award");
        var card = Assert.Single(page.QuerySelectorAll("[data-testid=challenge-card]"));
        Assert.Equal($"/challenges/{id}", card.QuerySelector("[data-testid=challenge-card-title]")!.GetAttribute("href"));
        Assert.Equal(marker, ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("[data-testid=catalog-search]")!).Value);
        Assert.NotNull(page.QuerySelector("[data-testid=filter-sort] option[value=Award][selected]"));
    }

    [SkippableFact]
    public async Task The_anonymous_catalog_is_served_from_cache_per_language_until_a_save_changes_what_it_shows()
    {
        SkipIfUnavailable();
        var marker = Marker();
        var path = $"/challenges?q={marker}";
        await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(9), $"Copper {marker}"));
        var english = BrowserlessClient.Anonymous(App, "en-US");
        var chinese = BrowserlessClient.Anonymous(App, "zh-CN");

        async Task<(bool FromCache, AngleSharp.Html.Dom.IHtmlDocument Page)> Get(BrowserlessClient client)
        {
            using var response = await client.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (response.Headers.Age is not null, BrowserlessClient.Parse(await response.Content.ReadAsStringAsync()));
        }

        static string[] Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("[data-testid=challenge-card-title]").Select(t => t.TextContent).Order().ToArray();

        // A first visit sets the antiforgery cookie, and responses that set cookies are never kept.
        await english.Http.GetAsync("/");
        await chinese.Http.GetAsync("/");

        Assert.False((await Get(english)).FromCache);
        var again = await Get(english);
        Assert.True(again.FromCache);
        Assert.Equal([$"Copper {marker}"], Titles(again.Page));

        // Each language is kept apart.
        var inChinese = await Get(chinese);
        Assert.Equal("zh-CN", inChinese.Page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en-US", (await Get(english)).Page.DocumentElement.GetAttribute("lang"));

        // Publishing drops the kept pages and the filter values: the new challenge and its new region show at once.
        var region = "650200"; // Karamay: no other challenge here is there
        var regionOption = $"[data-testid=filter-region] option[value='{region}']";
        Assert.Null((await Get(english)).Page.QuerySelector(regionOption));
        await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(12), $"Brass {marker}") with
            {
                Region = RegionCode.Parse(region),
            }
        );
        var afterPublish = await Get(english);
        Assert.False(afterPublish.FromCache);
        Assert.Equal([$"Brass {marker}", $"Copper {marker}"], Titles(afterPublish.Page));
        Assert.NotNull(afterPublish.Page.QuerySelector(regionOption));

        // Signed-in visitors see their own menu and time zone: never served a kept page.
        var solver = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver);
        Assert.False((await Get(solver)).FromCache);
        Assert.False((await Get(solver)).FromCache);
    }

    [SkippableFact]
    public async Task Over_https_only_the_anonymous_catalog_is_compressed_and_it_holds_no_secret()
    {
        SkipIfUnavailable();
        BrowserlessClient Https()
        {
            var client = App.CreateClient(
                new WebApplicationFactoryClientOptions
                {
                    BaseAddress = new Uri("https://localhost"),
                    AllowAutoRedirect = false,
                    HandleCookies = true,
                }
            );
            client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
            return new BrowserlessClient(client);
        }

        var anonymous = Https();
        using var catalog = await anonymous.Http.GetAsync($"/challenges?q={Marker()}");
        Assert.Equal(["br"], catalog.Content.Headers.ContentEncoding);
        await using var inflated = new System.IO.Compression.BrotliStream(
            await catalog.Content.ReadAsStreamAsync(),
            System.IO.Compression.CompressionMode.Decompress
        );
        var html = await new StreamReader(inflated).ReadToEndAsync();
        Assert.Contains("data-testid=\"catalog-form\"", html);
        Assert.DoesNotContain("RequestVerificationToken", html);
        // The framework's component state, when a page carries one, is encrypted by data protection (its magic header),
        // so its compressed size says nothing of what it holds.
        foreach (
            System.Text.RegularExpressions.Match state in System.Text.RegularExpressions.Regex.Matches(
                html,
                "<!--Blazor-Server-Component-State:([A-Za-z0-9+/=_-]+)-->"
            )
        )
        {
            var payload = state.Groups[1].Value.Replace('-', '+').Replace('_', '/');
            Assert.Equal<byte>(
                [0x09, 0xF0, 0xC9, 0xF0],
                Convert.FromBase64String(payload.PadRight((payload.Length + 3) / 4 * 4, '='))[..4]
            );
        }

        // Every other page keeps the default: not compressed over HTTPS. So does the catalog for a signed-in visitor.
        using var home = await anonymous.Http.GetAsync("/");
        Assert.Empty(home.Content.Headers.ContentEncoding);
        var solver = Https();
        Assert.Equal(HttpStatusCode.Redirect, (await solver.SubmitLoginAsync(DemoAccounts.Solver, DemoAccounts.Password)).StatusCode);
        using var signedIn = await solver.Http.GetAsync("/challenges");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Empty(signedIn.Content.Headers.ContentEncoding);
        Assert.Contains("data-testid=\"logout\"", await signedIn.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Confidential_details_and_files_open_only_after_a_solver_accepts_the_terms()
    {
        SkipIfUnavailable();
        var marker = Marker();
        var confidential = ChallengeScenarios.Content(DateTime.UtcNow.AddDays(9), $"Secret alloy {marker}") with
        {
            Statement = $"Process window {marker}-window",
            IsConfidential = true,
            ConfidentialityTerms = "Keep it secret for five years.",
            Enterprise = new EnterpriseInfo("Zunyi Secret Alloys Co.", "Metallurgy", "Zunyi", Confidential: true),
        };
        var id = await ChallengeScenarios.PublishAsync(App, confidential);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var file = await Files(c =>
            c.AddFileAsync(manager, id, "drawing.pdf", 12, new MemoryStream("%PDF-1.7 dwg"u8.ToArray()), UploadKind.Attachment)
        );
        Assert.True(file.Succeeded, file.Violation?.ToString());
        var solver = await App.ActorAsync(DemoAccounts.Solver2);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);

        foreach (var outsider in new[] { Actor.Anonymous, solver, otherManager })
        {
            var seen = (await Catalog(c => c.GetAsync(outsider, id)))!;
            Assert.Equal("", seen.Statement);
            Assert.Empty(seen.Attachments);
            Assert.Null(seen.Contact);
            Assert.Null(seen.Summary.EnterpriseName);
            Assert.Equal("Keep it secret for five years.", seen.ConfidentialityTerms);
            Assert.Equal(RuleCodes.TermsNotAccepted, (await Files(c => c.OpenFileAsync(outsider, file.Value))).Violation?.Code);
        }

        // Not findable by what only the details say.
        Assert.Empty((await Catalog(c => c.SearchCatalogAsync(new CatalogQuery($"{marker}-window")))).Items);
        Assert.Single((await Catalog(c => c.SearchCatalogAsync(new CatalogQuery(marker)))).Items);

        var anonymousDownload = await BrowserlessClient.Anonymous(App).Http.GetAsync($"/files/challenges/{file.Value}");
        Assert.Equal(HttpStatusCode.Forbidden, anonymousDownload.StatusCode);

        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Engagement(e => e.RegisterAsync(Actor.Anonymous, id, acceptTerms: true))).Violation?.Code
        );
        Assert.Equal(RuleCodes.AccessDenied, (await Engagement(e => e.RegisterAsync(otherManager, id, acceptTerms: true))).Violation?.Code);
        Assert.Equal(RuleCodes.TermsNotAccepted, (await Engagement(e => e.RegisterAsync(solver, id, acceptTerms: false))).Violation?.Code);
        var before = DateTime.UtcNow.AddSeconds(-1);
        Assert.True((await Engagement(e => e.RegisterAsync(solver, id, acceptTerms: true))).Succeeded);

        var unlocked = (await Catalog(c => c.GetAsync(solver, id)))!;
        Assert.Equal($"Process window {marker}-window", unlocked.Statement);
        Assert.Single(unlocked.Attachments);
        Assert.InRange(unlocked.Viewer.TermsAcceptedAtUtc!.Value, before, DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(1, unlocked.Statistics.RegisteredSolvers);
        Assert.Null(unlocked.Summary.EnterpriseName); // accepting the terms does not name a confidential enterprise
        Assert.True((await Files(c => c.OpenFileAsync(solver, file.Value))).Succeeded);
        Assert.Equal("", (await Catalog(c => c.GetAsync(Actor.Anonymous, id)))!.Statement);
        Assert.Equal("Zunyi Secret Alloys Co.", (await Catalog(c => c.GetAsync(manager, id)))!.Summary.EnterpriseName);
    }

    [SkippableFact]
    public async Task Registration_closes_with_submissions_and_an_entrant_stays_registered()
    {
        SkipIfUnavailable();
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(10), $"Zinc {Marker()}"));
        var early = await App.ActorAsync(DemoAccounts.Solver);
        var late = await App.ActorAsync(DemoAccounts.Solver2);
        Assert.True((await Engagement(e => e.RegisterAsync(early, id, acceptTerms: false))).Succeeded);

        // The clock closed submissions (its own tests cover how); here only what registration makes of it.
        await App.WithDbAsync(db =>
            db.Challenges.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ChallengeStatus.SubmissionsClosed))
        );

        Assert.Equal(RuleCodes.RegistrationClosed, (await Engagement(e => e.RegisterAsync(late, id, acceptTerms: true))).Violation?.Code);
        Assert.True((await Engagement(e => e.RegisterAsync(early, id, acceptTerms: false))).Succeeded); // a repeated click
        var statistics = (await Catalog(c => c.GetAsync(late, id)))!.Statistics;
        Assert.Equal(1, statistics.RegisteredSolvers);
    }

    [SkippableFact]
    public async Task Challenge_files_refuse_wrong_types_renamed_programs_and_oversized_images()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var id = (await Authoring(c => c.CreateDraftAsync(manager, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(9))))).Value;

        Task<Outcome<Guid>> Add(string name, byte[] content, UploadKind kind, long? declared = null) =>
            Files(c => c.AddFileAsync(manager, id, name, declared ?? content.Length, new MemoryStream(content), kind));

        Assert.Equal(RuleCodes.FileTypeNotAllowed, (await Add("tool.exe", "MZ"u8.ToArray(), UploadKind.Attachment)).Violation?.Code);
        Assert.Equal(
            RuleCodes.FileContentMismatch,
            (await Add("report.pdf", [.. "MZ"u8, 0x90, 0x00], UploadKind.Attachment)).Violation?.Code
        );
        Assert.Equal(RuleCodes.FileContentMismatch, (await Add("cover.png", "%PDF-1.7"u8.ToArray(), UploadKind.Image)).Violation?.Code);
        Assert.Equal(RuleCodes.FileTypeNotAllowed, (await Add("cover.pdf", "%PDF-1.7"u8.ToArray(), UploadKind.Image)).Violation?.Code);
        byte[] hugePng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[6 * 1024 * 1024]];
        Assert.Equal(RuleCodes.FileTooLarge, (await Add("cover.png", hugePng, UploadKind.Image, declared: 10)).Violation?.Code);
        Assert.Equal(0, await App.WithDbAsync(db => db.ChallengeAttachments.CountAsync(a => a.ChallengeId == id)));

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var cover = await Add("cover.png", png, UploadKind.Image);
        Assert.True(cover.Succeeded);
        Assert.Equal(cover.Value, (await Authoring(c => c.GetEditorAsync(manager, id)))!.CoverImageId);
        // Drafts are private, their cover too; once published it is public.
        Assert.Equal(RuleCodes.NotFound, (await Files(c => c.OpenFileAsync(Actor.Anonymous, cover.Value))).Violation?.Code);
    }

    [SkippableFact]
    public async Task Questions_stay_private_until_answered_publicly_and_only_the_organiser_answers()
    {
        SkipIfUnavailable();
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(9)));
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var asker = await App.ActorAsync(DemoAccounts.Solver);
        var other = await App.ActorAsync(DemoAccounts.Solver2);

        Assert.Equal(RuleCodes.AccessDenied, (await Engagement(e => e.AskAsync(Actor.Anonymous, id, "Anyone?", true))).Violation?.Code);
        Assert.Equal(RuleCodes.QuestionTextRequired, (await Engagement(e => e.AskAsync(asker, id, "  ", true))).Violation?.Code);
        var question = (await Engagement(e => e.AskAsync(asker, id, "Is pilot equipment available?", publicly: false))).Value;

        Assert.Single(await Engagement(e => e.ListQuestionsAsync(asker, id)));
        Assert.Empty(await Engagement(e => e.ListQuestionsAsync(other, id)));
        Assert.Empty(await Engagement(e => e.ListQuestionsAsync(Actor.Anonymous, id)));
        Assert.Single(await Engagement(e => e.ListQuestionsAsync(manager, id)));

        var zunyi = await App.ActorAsync(DemoAccounts.ZunyiManager);
        foreach (var intruder in new[] { asker, other, zunyi, Actor.Anonymous })
        {
            Assert.Equal(
                RuleCodes.AccessDenied,
                (await Engagement(e => e.AnswerAsync(intruder, question, "Hijacked", AnswerVisibility.Public, false))).Violation?.Code
            );
        }

        Assert.True(
            (
                await Engagement(e => e.AnswerAsync(manager, question, "Yes, a 50 kg line.", AnswerVisibility.Public, anonymise: true))
            ).Succeeded
        );
        // The asker hears of the answer without following the challenge.
        Assert.Equal(
            1,
            await App.WithDbAsync(db =>
                db.Notifications.CountAsync(n =>
                    n.ChallengeId == id
                    && n.UserId == asker.UserId
                    && n.Kind == TechChallenge.Domain.Notifications.NotificationKind.QuestionAnswered
                )
            )
        );

        var seenByOther = Assert.Single(await Engagement(e => e.ListQuestionsAsync(Actor.Anonymous, id)));
        Assert.Equal(("Yes, a 50 kg line.", (string?)null), (seenByOther.Answer, seenByOther.AskedBy));
        Assert.NotNull(Assert.Single(await Engagement(e => e.ListQuestionsAsync(asker, id))).AskedBy);
        var answered = await App.WithDbAsync(db => db.ChallengeEvents.SingleAsync(e => e.SubjectId == question));
        Assert.Equal((ChallengeEventKind.QuestionAnsweredPublicly, (string?)null), (answered.Kind, answered.RecipientUserId));
    }

    /// <summary>
    /// The .eml in the default pickup folder addressed to <paramref name="to"/> whose body names <paramref name="link"/>.
    /// </summary>
    private async Task<string> WaitForPickupAsync(string to, string link)
    {
        var folder = Path.Combine(App.DataFolder, "mail-pickup");
        for (var i = 0; i < 300; i++)
        {
            var found = Directory.Exists(folder)
                ? Directory
                    .GetFiles(folder, "*.eml")
                    .Select(File.ReadAllText)
                    .Select(text => (Text: text, Mail: SmtpSink.Parse("", [], text)))
                    .FirstOrDefault(m => m.Text.Contains($"To: {to}", StringComparison.OrdinalIgnoreCase) && m.Mail.Body.Contains(link))
                    .Text
                : null;
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {to} about {link} in {folder}.");
    }

    [SkippableFact]
    public async Task Managers_announce_to_followers_and_nobody_else_can()
    {
        SkipIfUnavailable();
        var id = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(9)));
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var solver = await App.ActorAsync(DemoAccounts.Solver);

        Assert.Equal(RuleCodes.AccessDenied, (await Engagement(e => e.FollowAsync(Actor.Anonymous, id, true))).Violation?.Code);
        Assert.True((await Engagement(e => e.FollowAsync(solver, id, true))).Succeeded);
        Assert.True((await Engagement(e => e.FollowAsync(solver, id, true))).Succeeded); // a double click changes nothing
        Assert.Equal(1, (await Catalog(c => c.GetAsync(Actor.Anonymous, id)))!.Statistics.Followers);
        Assert.True((await Catalog(c => c.GetAsync(solver, id)))!.Viewer.IsFollowing);

        var zunyi = await App.ActorAsync(DemoAccounts.ZunyiManager);
        foreach (var intruder in new[] { solver, zunyi, Actor.Anonymous })
        {
            Assert.Equal(
                RuleCodes.AccessDenied,
                (await Announcements(e => e.AnnounceAsync(intruder, id, "Fake", "Fake news"))).Violation?.Code
            );
        }

        var posted = await Announcements(e => e.AnnounceAsync(manager, id, "Site visit", "A site visit on **1 December**."));
        Assert.True(posted.Succeeded);
        Assert.Equal("Site visit", Assert.Single(await Announcements(e => e.ListAnnouncementsAsync(Actor.Anonymous, id))).Title);
        Assert.Equal(
            ChallengeEventKind.AnnouncementPosted,
            await App.WithDbAsync(db => db.ChallengeEvents.Where(e => e.SubjectId == posted.Value).Select(e => e.Kind).SingleAsync())
        );

        // With no mail server configured, the follower's e-mail is written to the pickup folder as an .eml file.
        var eml = await WaitForPickupAsync(DemoAccounts.Solver, $"/challenges/{id}");
        Assert.Contains("List-Unsubscribe: <", eml);

        Assert.True((await Engagement(e => e.FollowAsync(solver, id, false))).Succeeded);
        Assert.Equal(0, (await Catalog(c => c.GetAsync(Actor.Anonymous, id)))!.Statistics.Followers);
    }

    [SkippableFact]
    public async Task Admins_open_sub_centers_and_managers_invite_colleagues_only_to_their_own()
    {
        SkipIfUnavailable();
        var admin = await App.ActorAsync(DemoAccounts.Admin);
        var nantong = await App.ActorAsync(DemoAccounts.NantongManager);
        var zunyi = await App.ActorAsync(DemoAccounts.ZunyiManager);

        Assert.Equal(
            RuleCodes.AccessDenied,
            (await SubCenters(o => o.CreateSubCenterAsync(nantong, new SubCenterInput("Suzhou", "苏州分中心", "Jiangsu · Suzhou"))))
                .Violation
                ?.Code
        );
        Assert.Equal(
            RuleCodes.RegionUnknown,
            (await SubCenters(o => o.CreateSubCenterAsync(admin, new SubCenterInput("Suzhou", "苏州分中心", "Suzhou Industrial Park"))))
                .Violation
                ?.Code
        );
        var suzhou = await SubCenters(o =>
            o.CreateSubCenterAsync(admin, new SubCenterInput("Suzhou Sub-center", "苏州分中心", "Jiangsu · Suzhou"))
        );
        Assert.True(suzhou.Succeeded);
        var listed = (await SubCenters(o => o.ListSubCentersAsync())).Single(s => s.Id == suzhou.Value);
        Assert.Equal(("320500", "江苏省 · 苏州市", "Jiangsu · Suzhou"), (listed.Region.Code, listed.Region.Zh, listed.Region.En));

        Assert.Equal(
            RuleCodes.AccessDenied,
            (await SubCenters(o => o.InviteManagerAsync(zunyi, nantong.SubCenterId!.Value, "colleague@example.org"))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await SubCenters(o => o.InviteManagerAsync(nantong, suzhou.Value, "colleague@example.org"))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.InvitationEmailInvalid,
            (await SubCenters(o => o.InviteManagerAsync(nantong, nantong.SubCenterId!.Value, "not an address"))).Violation?.Code
        );

        var email = $"colleague-{Guid.NewGuid():N}@example.org";
        var invitation = await SubCenters(o => o.InviteManagerAsync(nantong, nantong.SubCenterId!.Value, email));
        Assert.True(invitation.Succeeded);
        Assert.DoesNotContain(
            invitation.Value.Token,
            await App.WithDbAsync(db => db.SubCenterInvitations.Select(i => i.TokenHash).ToListAsync())
        );

        // Someone else who got hold of the link cannot use it.
        Assert.Equal(
            RuleCodes.InvitationForAnotherEmail,
            (await SubCenters(o => o.AcceptInvitationAsync(zunyi, invitation.Value.Token))).Violation?.Code
        );
        var colleague = await NewUserAsync(email);
        Assert.True((await SubCenters(o => o.AcceptInvitationAsync(colleague, invitation.Value.Token))).Succeeded);
        Assert.Equal(
            RuleCodes.InvitationInvalid,
            (await SubCenters(o => o.AcceptInvitationAsync(colleague, invitation.Value.Token))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.InvitationInvalid,
            (await SubCenters(o => o.AcceptInvitationAsync(colleague, "made-up-token"))).Violation?.Code
        );

        var asManager = await App.ActorAsync(email);
        Assert.True(asManager.IsInRole(Roles.SubCenterManager));
        Assert.Equal(nantong.SubCenterId, asManager.SubCenterId);
        Assert.Contains(await SubCenters(o => o.ListManagersAsync(nantong, nantong.SubCenterId!.Value)), m => m.Email == email);
        Assert.Empty(await SubCenters(o => o.ListManagersAsync(zunyi, nantong.SubCenterId!.Value)));
    }

    [SkippableFact]
    public async Task Only_platform_admins_extend_the_list_of_fields()
    {
        SkipIfUnavailable();
        var admin = await App.ActorAsync(DemoAccounts.Admin);
        var code = $"quantum-{Guid.NewGuid():N}"[..20];

        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        Assert.Equal(RuleCodes.AccessDenied, (await FieldTags(o => o.AddFieldTagAsync(manager, code, "Quantum", "量子"))).Violation?.Code);
        Assert.Equal(
            RuleCodes.FieldTagInvalid,
            (await FieldTags(o => o.AddFieldTagAsync(admin, "Bad Code!", "Quantum", "量子"))).Violation?.Code
        );
        Assert.True((await FieldTags(o => o.AddFieldTagAsync(admin, code, "Quantum", "量子"))).Succeeded);
        Assert.Equal(
            RuleCodes.FieldTagDuplicate,
            (await FieldTags(o => o.AddFieldTagAsync(admin, code.ToUpperInvariant(), "Quantum", "量子"))).Violation?.Code
        );
    }

    private async Task<Actor> NewUserAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users =
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Data.ApplicationUser>>();
        var user = new Infrastructure.Data.ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = "New colleague",
        };
        Assert.True((await users.CreateAsync(user, "NewUser@2026")).Succeeded);
        return await App.ActorAsync(email);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteChallengeWorkspaceTests(SqliteAppFixture fixture)
    : ChallengeWorkspaceTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresChallengeWorkspaceTests(PostgresAppFixture fixture)
    : ChallengeWorkspaceTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
