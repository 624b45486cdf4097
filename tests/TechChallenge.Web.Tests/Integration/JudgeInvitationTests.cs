using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// Experts invited by e-mail to a panel, on SQLite and PostgreSQL: the mail and its link, a new account made from the
/// link, an existing account accepting, declining, and everyone who may not invite or accept.
/// </summary>
public abstract partial class JudgeInvitationTests<TFixture>(TFixture fixture) : AppTests<TFixture>(fixture)
    where TFixture : AppFixture
{
    private Task<T> Use<T>(Func<JudgeInvitationService, Task<T>> action) => Use<JudgeInvitationService, T>(action);

    private Task<T> Answer<T>(Func<JudgeInvitationAnswers, Task<T>> action) => Use<JudgeInvitationAnswers, T>(action);

    [GeneratedRegex("/judging/invitations/([A-Za-z0-9_-]+)")]
    private static partial Regex InvitationLink();

    /// <summary>The token of the link in the last e-mail sent to <paramref name="address"/>, as the recipient would click it.</summary>
    private async Task<string> LinkTokenMailedToAsync(string address)
    {
        var body = await App.WithDbAsync(db =>
            db.OutboxMessages.AsNoTracking()
                .Where(m => m.ToAddress == address && m.Kind == NotificationKind.JudgeInvitation)
                .OrderByDescending(m => m.CreatedAtUtc)
                .Select(m => m.Body)
                .FirstAsync()
        );
        return InvitationLink().Match(body).Groups[1].Value;
    }

    private Task<bool> OnPanelAsync(Guid challengeId, string userId) =>
        App.WithDbAsync(db => db.JudgeAssignments.AnyAsync(j => j.ChallengeId == challengeId && j.JudgeUserId == userId));

    [SkippableFact]
    public async Task An_expert_new_to_the_platform_gets_a_link_creates_a_judge_account_from_it_and_joins_the_panel()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(7), $"Invited {Guid.NewGuid():N}")
        );
        var expert = $"prof.li-{Guid.NewGuid():N}@ntu.example.edu.cn";

        Assert.True((await Use(s => s.InviteAsync(manager, challengeId, $"  {expert.ToUpperInvariant()} "))).Succeeded);
        Assert.Equal(RuleCodes.JudgeAlreadyInvited, (await Use(s => s.InviteAsync(manager, challengeId, expert))).Violation?.Code);
        var mail = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == expert));
        Assert.Null(mail.UserId); // no account behind the address yet, hence no unsubscribe link either
        Assert.Null(mail.UnsubscribeUrl);
        var token = await LinkTokenMailedToAsync(expert);

        // The link shows the invitation and offers an account for that address, and nothing for a made-up token.
        var visitor = BrowserlessClient.Anonymous(App);
        var page = await visitor.GetDocumentAsync($"/judging/invitations/{token}");
        Assert.Contains(expert, page.QuerySelector("[data-testid=judge-invitation-text]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=new-judge-accept]"));
        Assert.NotNull(
            (await visitor.GetDocumentAsync("/judging/invitations/not-a-token")).QuerySelector("[data-testid=invitation-invalid]")
        );

        // A weak password is refused with Identity's reason, and nothing is created.
        var weak = await visitor.SubmitFormAsync(
            $"/judging/invitations/{token}",
            "new-judge-accept",
            new Dictionary<string, string> { ["NewJudge.DisplayName"] = "Prof. Li Ming 李明", ["NewJudge.Password"] = "short" }
        );
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("could not be created", await weak.Content.ReadAsStringAsync());
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == expert)));

        var created = await visitor.SubmitFormAsync(
            $"/judging/invitations/{token}",
            "new-judge-accept",
            new Dictionary<string, string> { ["NewJudge.DisplayName"] = "Prof. Li Ming 李明", ["NewJudge.Password"] = "Judge@2026-strong" }
        );
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.EndsWith("/judging", created.Headers.Location?.OriginalString);
        var judge = await App.ActorAsync(expert);
        Assert.True(judge.IsInRole(Roles.Judge));
        Assert.False(judge.IsInRole(Roles.Solver));
        Assert.True(await OnPanelAsync(challengeId, judge.UserId!));
        // Signed in by the same response: the judging page opens for them.
        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync("/judging")).StatusCode);

        // The link is spent; the organiser hears of the answer and sees it on the panel page's list.
        Assert.Equal(RuleCodes.InvitationInvalid, (await Answer(s => s.DeclineAsync(token, "Changed my mind"))).Violation?.Code);
        Assert.Contains(
            manager.UserId!,
            await App.WithDbAsync(db =>
                db.Notifications.Where(n => n.ChallengeId == challengeId && n.Kind == NotificationKind.JudgeInvitationAnswered)
                    .Select(n => n.UserId)
                    .ToListAsync()
            )
        );
        var rows = (await Use(s => s.ListAsync(manager, challengeId)))!;
        Assert.Equal((expert, JudgeInvitationState.Accepted), (rows.Single().Email, rows.Single().State));
        Assert.Equal(RuleCodes.JudgeAlreadyOnPanel, (await Use(s => s.InviteAsync(manager, challengeId, expert))).Violation?.Code);
    }

    /// <summary>Posts the form holding <paramref name="testId"/> of a page already answered (<paramref name="html"/>).</summary>
    private static Task<HttpResponseMessage> PostFormAsync(BrowserlessClient client, string path, string html, string testId)
    {
        var form = BrowserlessClient.Parse(html).Forms.Single(f => f.QuerySelector($"[data-testid={testId}]") is not null);
        var fields = form
            .Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        return client.Http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [SkippableFact]
    public async Task A_signed_in_expert_accepts_from_the_link_once_they_confirm_and_joins_the_panel_as_a_judge()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(7), $"Invited {Guid.NewGuid():N}")
        );
        var (expert, email) = await App.NewUserAsync(Roles.Solver, displayName: "Dr. Xu 徐", password: "Expert@2026-strong");
        Assert.True((await Use(s => s.InviteAsync(manager, challengeId, email))).Succeeded);
        var path = $"/judging/invitations/{await LinkTokenMailedToAsync(email)}";
        var client = await BrowserlessClient.SignedInAsync(App, email, "Expert@2026-strong");

        var asked = await client.SubmitFormAsync(path, "judge-invitation-accept");
        var question = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Join this panel?", question);
        Assert.False(await OnPanelAsync(challengeId, expert.UserId!));

        var accepted = await PostFormAsync(client, path, question, "judge-invitation-accept-confirm");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.EndsWith("/judging", accepted.Headers.Location?.OriginalString);
        Assert.True(await OnPanelAsync(challengeId, expert.UserId!));
        Assert.True((await App.ActorAsync(email)).IsInRole(Roles.Judge));
        // The renewed sign-in carries the new role at once.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/judging")).StatusCode);
    }

    [SkippableFact]
    public async Task Only_the_invited_address_accepts_anyone_with_the_link_declines_only_the_managers_invite()
    {
        SkipIfUnavailable();
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(7), $"Invited {Guid.NewGuid():N}")
        );
        var (solver, solverEmail) = await App.NewUserAsync(Roles.Solver, displayName: "Dr. Gu 顾");
        var (stranger, _) = await App.NewUserAsync(Roles.Solver);

        // Who may invite: the challenge's own sub-center only.
        Assert.Equal(RuleCodes.AccessDenied, (await Use(s => s.InviteAsync(otherManager, challengeId, solverEmail))).Violation?.Code);
        Assert.Equal(RuleCodes.AccessDenied, (await Use(s => s.InviteAsync(solver, challengeId, solverEmail))).Violation?.Code);
        Assert.Equal(RuleCodes.AccessDenied, (await Use(s => s.InviteAsync(Actor.Anonymous, challengeId, solverEmail))).Violation?.Code);
        Assert.Equal(
            RuleCodes.InvitationEmailInvalid,
            (await Use(s => s.InviteAsync(manager, challengeId, "not an address"))).Violation?.Code
        );
        Assert.Null(await Use(s => s.ListAsync(otherManager, challengeId)));
        Assert.Null(await Use(s => s.ListAsync(solver, challengeId)));

        // An existing user (a solver here) is told in the app and by e-mail with their own unsubscribe link.
        Assert.True((await Use(s => s.InviteAsync(manager, challengeId, solverEmail))).Succeeded);
        Assert.True(
            await App.WithDbAsync(db =>
                db.Notifications.AnyAsync(n => n.UserId == solver.UserId && n.Kind == NotificationKind.JudgeInvitation)
            )
        );
        Assert.NotNull(
            await App.WithDbAsync(db =>
                db.OutboxMessages.Where(m => m.UserId == solver.UserId && m.Kind == NotificationKind.JudgeInvitation)
                    .Select(m => m.UnsubscribeUrl)
                    .SingleAsync()
            )
        );
        var token = await LinkTokenMailedToAsync(solverEmail);
        Assert.Equal(
            RuleCodes.InvitationSignInInstead,
            (await Answer(s => s.AcceptAsNewJudgeAsync(token, "Impostor", "Judge@2026-strong"))).Violation?.Code
        );
        Assert.Equal(RuleCodes.InvitationForAnotherEmail, (await Answer(s => s.AcceptAsync(stranger, token))).Violation?.Code);
        Assert.Equal(RuleCodes.AccessDenied, (await Answer(s => s.AcceptAsync(Actor.Anonymous, token))).Violation?.Code);
        Assert.False(await OnPanelAsync(challengeId, stranger.UserId!));

        // Another sub-center's manager cannot withdraw it; the owner accepts and gains the Judge role.
        var invitationId = (await Use(s => s.ListAsync(manager, challengeId)))!.Single().Id;
        Assert.Equal(RuleCodes.AccessDenied, (await Use(s => s.RevokeAsync(otherManager, invitationId))).Violation?.Code);
        Assert.True((await Answer(s => s.AcceptAsync(solver, token))).Succeeded);
        Assert.True(await OnPanelAsync(challengeId, solver.UserId!));
        Assert.True((await App.ActorAsync(solverEmail)).IsInRole(Roles.Judge));

        // A second expert declines by the link alone, with a reason the organisers read; a third is withdrawn.
        var busy = $"busy-{Guid.NewGuid():N}@example.org";
        Assert.True((await Use(s => s.InviteAsync(manager, challengeId, busy))).Succeeded);
        var busyToken = await LinkTokenMailedToAsync(busy);
        Assert.Equal(
            RuleCodes.InvitationReasonTooLong,
            (await Answer(s => s.DeclineAsync(busyToken, new string('x', JudgeInvitation.MaxReasonLength + 1)))).Violation?.Code
        );
        // Declining asks again on the page (it is static: no dialog); only the confirmation counts.
        var busyVisitor = BrowserlessClient.Anonymous(App);
        var asked = await busyVisitor.SubmitFormAsync(
            $"/judging/invitations/{busyToken}",
            "judge-invitation-decline",
            new Dictionary<string, string> { ["DeclineReason"] = "On a field trip to Zunyi until March." }
        );
        var question = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Decline this invitation?", question);
        Assert.Equal(JudgeInvitationState.Pending, (await Use(s => s.ListAsync(manager, challengeId)))!.Single(r => r.Email == busy).State);
        var declined = await PostFormAsync(busyVisitor, $"/judging/invitations/{busyToken}", question, "judge-invitation-decline-confirm");
        Assert.Contains("You declined", await declined.Content.ReadAsStringAsync());
        Assert.Equal(
            RuleCodes.InvitationInvalid,
            (await Answer(s => s.AcceptAsNewJudgeAsync(busyToken, "Busy", "Judge@2026-strong"))).Violation?.Code
        );
        var withdrawn = $"withdrawn-{Guid.NewGuid():N}@example.org";
        Assert.True((await Use(s => s.InviteAsync(manager, challengeId, withdrawn))).Succeeded);
        var withdrawnId = (await Use(s => s.ListAsync(manager, challengeId)))!.Single(r => r.Email == withdrawn).Id;
        Assert.True((await Use(s => s.RevokeAsync(manager, withdrawnId))).Succeeded);
        var withdrawnToken = await LinkTokenMailedToAsync(withdrawn);
        Assert.Equal(
            RuleCodes.InvitationInvalid,
            (await Answer(s => s.AcceptAsNewJudgeAsync(withdrawnToken, "Late", "Judge@2026-strong"))).Violation?.Code
        );

        var rows = (await Use(s => s.ListAsync(manager, challengeId)))!.ToDictionary(r => r.Email);
        Assert.Equal(JudgeInvitationState.Accepted, rows[solverEmail].State);
        Assert.Equal(
            (JudgeInvitationState.Declined, "On a field trip to Zunyi until March."),
            (rows[busy].State, rows[busy].DeclineReason)
        );
        Assert.Equal(JudgeInvitationState.Revoked, rows[withdrawn].State);
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteJudgeInvitationTests(SqliteAppFixture fixture)
    : JudgeInvitationTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresJudgeInvitationTests(PostgresAppFixture fixture)
    : JudgeInvitationTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
