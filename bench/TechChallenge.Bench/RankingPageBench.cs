using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Bench;

/// <summary>
/// The ranking page's first render (issue 5): a challenge in judging with N submitted entries, each scored by 5 of a
/// 50-judge panel on 6 criteria, stored in the real database; the organiser's manage page (ranking section and results
/// editor, prerendered on the server) fetched over HTTP as a signed-in manager. Entries are assigned to the judges who
/// scored them, as automatic assignment would do. The baseline, in the same run, is the
/// same page for a challenge in judging with no entries.
/// </summary>
internal static class RankingPageBench
{
    public static async Task RunAsync(TechChallengeApp app, Uri address, int entries, int iterations)
    {
        var panel = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            panel.Add((await app.NewUserAsync(Roles.Judge, displayName: $"Judge {i:D2}")).Email);
        }

        var deadline = DateTime.UtcNow.AddSeconds(5);
        decimal[] weights = [25, 20, 20, 15, 10, 10];
        var content = ChallengeScenarios.Content(deadline, "Ranking page bench") with
        {
            Criteria = [.. weights.Select((w, i) => new CriterionPlan($"Criterion {i + 1}", "", w))],
        };
        var big = await ChallengeScenarios.PublishAsync(app, content, panel);
        var empty = await ChallengeScenarios.PublishAsync(app, content with { Title = "Ranking page bench, no entries" }, panel[..5]);
        await app.WaitForChallengeStatusAsync(big, ChallengeStatus.Judging, TimeSpan.FromSeconds(60));
        await app.WaitForChallengeStatusAsync(empty, ChallengeStatus.Judging, TimeSpan.FromSeconds(60));

        var seeding = Stopwatch.StartNew();
        await SeedEntriesAsync(app, big, entries, seed: 2026);
        Console.WriteLine(
            $"Seeded {entries:N0} submitted entries with {entries * 5:N0} scorecards in {seeding.Elapsed.TotalSeconds:0.0} s"
        );

        using var http = await SignedInAsync(address, DemoAccounts.NantongManager);
        Console.WriteLine();
        Console.WriteLine("| page (signed-in manager, server prerender) | requests | p50 ms | p95 ms | max ms | KB |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(await RowAsync(http, "baseline: manage page, no entries", $"/manage/challenges/{empty}", iterations));
        Console.WriteLine(
            await RowAsync(http, $"manage page with the ranking, {entries:N0} entries", $"/manage/challenges/{big}", iterations)
        );
        Console.WriteLine(
            await RowAsync(http, $"ranking CSV, {entries:N0} entries", $"/manage/challenges/{big}/ranking.csv?basis=Normalized", iterations)
        );
    }

    /// <summary>Entries built through the domain (teams, drafts, submissions, scorecards), saved in batches.</summary>
    private static async Task SeedEntriesAsync(TechChallengeApp app, Guid challengeId, int entries, int seed)
    {
        var random = new Random(seed);
        var (challenge, judges) = await app.WithDbAsync(async db =>
            (
                await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == challengeId),
                await db.JudgeAssignments.Where(j => j.ChallengeId == challengeId).Select(j => j.JudgeUserId).OrderBy(j => j).ToListAsync()
            )
        );
        var form = ProposalForm.For(challenge);
        var criteria = challenge.Criteria.OrderBy(c => c.SortOrder).ToList();
        var harshness = judges.ToDictionary(j => j, _ => random.NextDouble() * 4 - 2);
        var now = DateTime.UtcNow;
        const int Batch = 500;
        for (var start = 0; start < entries; start += Batch)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
            for (var n = start; n < Math.Min(entries, start + Batch); n++)
            {
                var email = $"ranking-{n:D5}@bench.techchallenge.test";
                var user = new ApplicationUser
                {
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    DisplayName = $"团队 {n:D5} Team",
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                };
                db.Users.Add(user);
                var team = Team.Found(challengeId, user.DisplayName, user.Id, null, now);
                db.Teams.Add(team);
                var proposal = Proposal.Start(challengeId, team.Id, user.Id, now);
                var answers = form.Select(s => new SectionAnswer(s.Key, $"Answer {n} for {s.CriterionName}")).ToList();
                Require(proposal.SaveDraft(0, $"Entry {n:D5} 方案", "Abstract of the entry.", form, answers, now).Succeeded);
                Require(proposal.Submit(proposal.Revision, form, now).Succeeded);
                db.Proposals.Add(proposal);
                var quality = random.NextDouble() * 6 + 2;
                var first = random.Next(judges.Count);
                for (var k = 0; k < 5; k++)
                {
                    var judge = judges[(first + k) % judges.Count];
                    var card = new Scorecard { ProposalId = proposal.Id, JudgeUserId = judge };
                    var scores = criteria.ToDictionary(
                        c => c.Id,
                        _ => (decimal)(Math.Round(Math.Clamp(quality + harshness[judge] + random.NextDouble() * 2 - 1, 0, 10) * 2) / 2)
                    );
                    Require(card.SetScores(criteria, scores, now).Succeeded);
                    db.Scorecards.Add(card);
                    // As an automatic assignment of 5 judges per entry would have it.
                    db.EntryAssignments.Add(
                        new EntryAssignment
                        {
                            ProposalId = proposal.Id,
                            JudgeUserId = judge,
                            ChallengeId = challengeId,
                            AssignedAtUtc = now,
                        }
                    );
                }
            }

            await db.SaveChangesAsync();
        }
    }

    private static void Require(bool succeeded)
    {
        if (!succeeded)
        {
            throw new InvalidOperationException("Seeding step refused");
        }
    }

    private static async Task<HttpClient> SignedInAsync(Uri address, string email)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(2),
        };
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var page = new HtmlParser().ParseDocument(await http.GetStringAsync("/account/login"));
        var form = page.Forms.Single(f => f.QuerySelector("[data-testid=login-email]") is not null);
        var fields = form
            .Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        fields[((IHtmlInputElement)page.QuerySelector("[data-testid=login-email]")!).Name!] = email;
        fields[((IHtmlInputElement)page.QuerySelector("[data-testid=login-password]")!).Name!] = DemoAccounts.Password;
        var response = await http.PostAsync(
            string.IsNullOrEmpty(form.GetAttribute("action")) ? "/account/login" : form.GetAttribute("action"),
            new FormUrlEncodedContent(fields)
        );
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login of {email} answered {(int)response.StatusCode}");
        }

        return http;
    }

    private static async Task<string> RowAsync(HttpClient http, string name, string path, int iterations)
    {
        long bytes = 0;
        for (var i = 0; i < 2; i++)
        {
            bytes = (await FetchAsync(http, path)).LongLength;
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            await FetchAsync(http, path);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return $"| {name} | {iterations} | {times[iterations / 2]:0} | "
            + $"{times[Math.Min(iterations - 1, (int)Math.Ceiling(0.95 * iterations) - 1)]:0} | {times[^1]:0} | {bytes / 1024.0:0} |";
    }

    private static async Task<byte[]> FetchAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        }

        return await response.Content.ReadAsByteArrayAsync();
    }
}
