using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// Events → recipients → in-app notifications and e-mails, delivered by the real Quartz job to a real SMTP server on
/// loopback. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class NotificationTests<TFixture>(TFixture fixture)
    where TFixture : MailAppFixture
{
    private TechChallengeApp App => fixture.App;

    private SmtpSink Sink => fixture.Sink;

    private void SkipIfUnavailable() => Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

    private async Task<T> WithAsync<T, TService>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<T> Notifications<T>(Func<NotificationCenter, Task<T>> use) => WithAsync(use);

    private Task<T> Engagement<T>(Func<ChallengeEngagementService, Task<T>> use) => WithAsync(use);

    private Task<T> Announcements<T>(Func<ChallengeAnnouncements, Task<T>> use) => WithAsync(use);

    private static string Marker() => "m" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A new solver account with its own address and language, so tests sharing the app do not meet.</summary>
    private async Task<(Actor Actor, string Email)> NewUserAsync(string culture, string? email = null)
    {
        email ??= $"{Marker()}@example.org";
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = email,
            PreferredCulture = culture,
        };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Solver)).Succeeded);
        return (await App.ActorAsync(email), email);
    }

    private async Task<(Guid Id, string Title)> PublishedChallengeAsync()
    {
        var title = $"Graphene coating {Marker()}";
        return (await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(9), title)), title);
    }

    private async Task AnnounceAsync(Guid challengeId, string title = "Site visit on 5 December")
    {
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        Assert.True(
            (await Announcements(e => e.AnnounceAsync(manager, challengeId, title, "Meet at the Nantong sub-center at 9:00."))).Succeeded
        );
    }

    private Task<List<OutboxMessage>> OutboxForAsync(string email) =>
        App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == email).ToListAsync());

    private async Task<OutboxMessage> WaitForOutboxAsync(string email, Func<OutboxMessage, bool> done)
    {
        for (var i = 0; i < 300; i++)
        {
            if ((await OutboxForAsync(email)).FirstOrDefault(done) is { } message)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No outbox message to {email} reached the expected state.");
    }

    [SkippableFact]
    public async Task Followers_hear_of_an_announcement_in_the_app_and_by_email_in_their_own_language()
    {
        SkipIfUnavailable();
        var (challengeId, title) = await PublishedChallengeAsync();
        var (chineseReader, chineseEmail) = await NewUserAsync("zh-CN");
        var (englishReader, englishEmail) = await NewUserAsync("en-US");
        var (bystander, bystanderEmail) = await NewUserAsync("en-US");
        Assert.True((await Engagement(e => e.FollowAsync(chineseReader, challengeId, true))).Succeeded);
        Assert.True((await Engagement(e => e.FollowAsync(englishReader, challengeId, true))).Succeeded);

        await AnnounceAsync(challengeId);

        var inChinese = await Sink.WaitForAsync(m => m.To.Contains(chineseEmail));
        Assert.Equal($"[揭榜挑战] 新公告：{title}", inChinese.Subject);
        Assert.Equal("zh-CN", inChinese.Header("Content-Language"));
        Assert.Contains($"http://localhost/challenges/{challengeId}", inChinese.Body);
        Assert.Contains("退订此类邮件：http://localhost/unsubscribe/", inChinese.Body);
        Assert.StartsWith("<http://localhost/unsubscribe/", inChinese.Header("List-Unsubscribe"));

        var inEnglish = await Sink.WaitForAsync(m => m.To.Contains(englishEmail));
        Assert.Equal($"[TechChallenge] Announcement: {title}", inEnglish.Subject);
        Assert.Equal("en-US", inEnglish.Header("Content-Language"));
        Assert.Contains($"http://localhost/challenges/{challengeId}", inEnglish.Body);

        var notifications = await Notifications(n => n.ListAsync(chineseReader));
        var notification = Assert.Single(notifications.Items);
        Assert.Equal(
            (NotificationKind.Announcement, title, $"/challenges/{challengeId}", false),
            (notification.Kind, notification.Subject, notification.Link, notification.IsRead)
        );
        Assert.Equal(1, await Notifications(n => n.UnreadCountAsync(chineseReader)));
        // The sink has the mail before the sender records it as sent: wait for the record, then there is one.
        await WaitForOutboxAsync(chineseEmail, m => m.State == OutboxState.Sent);
        Assert.Single(await OutboxForAsync(chineseEmail));

        // Only followers hear of it.
        Assert.Empty((await Notifications(n => n.ListAsync(bystander))).Items);
        Assert.Empty(await OutboxForAsync(bystanderEmail));
    }

    [SkippableFact]
    public async Task Users_read_and_mark_only_their_own_notifications()
    {
        SkipIfUnavailable();
        var (challengeId, _) = await PublishedChallengeAsync();
        var (reader, _) = await NewUserAsync("en-US");
        var (other, _) = await NewUserAsync("en-US");
        Assert.True((await Engagement(e => e.FollowAsync(reader, challengeId, true))).Succeeded);
        await AnnounceAsync(challengeId);
        var notification = Assert.Single((await Notifications(n => n.ListAsync(reader))).Items);

        Assert.Equal(RuleCodes.NotFound, (await Notifications(n => n.MarkReadAsync(other, notification.Id))).Violation?.Code);
        Assert.Equal(RuleCodes.AccessDenied, (await Notifications(n => n.MarkReadAsync(Actor.Anonymous, notification.Id))).Violation?.Code);
        Assert.Equal(1, await Notifications(n => n.UnreadCountAsync(reader)));
        Assert.Equal(0, await Notifications(n => n.UnreadCountAsync(Actor.Anonymous)));

        Assert.True((await Notifications(n => n.MarkReadAsync(reader, notification.Id))).Succeeded);
        Assert.Equal(0, await Notifications(n => n.UnreadCountAsync(reader)));
        Assert.True(Assert.Single((await Notifications(n => n.ListAsync(reader))).Items).IsRead);
    }

    [SkippableFact]
    public async Task Preferences_and_the_unsubscribe_link_turn_off_one_kind_on_one_channel()
    {
        SkipIfUnavailable();
        var (challengeId, title) = await PublishedChallengeAsync();
        var (reader, email) = await NewUserAsync("en-US");
        Assert.True((await Engagement(e => e.FollowAsync(reader, challengeId, true))).Succeeded);

        // In-app off for announcements: the e-mail still comes.
        var settings = await Notifications(n => n.GetSettingsAsync(reader));
        Assert.Equal(Enum.GetValues<NotificationKind>().Length * 2, settings.Count);
        Assert.All(settings, s => Assert.True(s.Enabled));
        Assert.True(
            (
                await Notifications(n =>
                    n.SaveSettingsAsync(reader, [new NotificationSetting(NotificationKind.Announcement, NotificationChannel.InApp, false)])
                )
            ).Succeeded
        );
        await AnnounceAsync(challengeId, "First");
        var mail = await Sink.WaitForAsync(m => m.To.Contains(email));
        Assert.Empty((await Notifications(n => n.ListAsync(reader))).Items);

        // The e-mail's one-click unsubscribe (RFC 8058), signed out, as a mail client sends it.
        var unsubscribe = new Uri(mail.Header("List-Unsubscribe").Trim('<', '>'));
        var anonymous = BrowserlessClient.Anonymous(App);
        var response = await anonymous.Http.PostAsync(
            unsubscribe.PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" })
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await Notifications(n => n.GetSettingsAsync(reader)), s =>
            s is { Kind: NotificationKind.Announcement, Channel: NotificationChannel.Email, Enabled: false }
        );
        // Following it twice is harmless; a tampered link is refused.
        Assert.True((await Notifications(n => n.UnsubscribeAsync(unsubscribe.Segments[^1]))).Succeeded);
        Assert.Equal(
            RuleCodes.UnsubscribeLinkInvalid,
            (await Notifications(n => n.UnsubscribeAsync(unsubscribe.Segments[^1] + "x"))).Violation?.Code
        );
        var tampered = await anonymous.Http.PostAsync(
            unsubscribe.PathAndQuery + "x",
            new FormUrlEncodedContent(new Dictionary<string, string>())
        );
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);

        // Back on in the app, off by e-mail: the next announcement arrives in the app only.
        Assert.True(
            (
                await Notifications(n =>
                    n.SaveSettingsAsync(reader, [new NotificationSetting(NotificationKind.Announcement, NotificationChannel.Email, false)])
                )
            ).Succeeded
        );
        await AnnounceAsync(challengeId, "Second");
        Assert.Equal(title, Assert.Single((await Notifications(n => n.ListAsync(reader))).Items).Subject);
        Assert.Single(await OutboxForAsync(email));
    }

    [SkippableFact]
    public async Task A_malformed_address_is_given_up_without_holding_back_the_messages_behind_it()
    {
        SkipIfUnavailable();
        var (user, email) = await NewUserAsync("en-US");
        var marker = Marker();
        OutboxMessage Message(string to, int secondsAgo) =>
            new()
            {
                UserId = user.UserId!,
                ToAddress = to,
                Culture = "en-US",
                Kind = NotificationKind.Announcement,
                Subject = $"{marker} to {to}",
                Body = "body",
                UnsubscribeUrl = "http://localhost/unsubscribe/x",
                CreatedAtUtc = DateTime.UtcNow.AddSeconds(-secondsAgo),
            };
        var malformed = Message("not an address", 2); // due first
        await App.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(malformed, Message(email, 1));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(
            $"{marker} to {email}",
            (await Sink.WaitForAsync(m => m.To.Contains(email) && m.Subject.StartsWith(marker, StringComparison.Ordinal))).Subject
        );
        var givenUp = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == malformed.Id));
        Assert.Equal((OutboxState.Failed, 1), (givenUp.State, givenUp.Attempts));
    }

    [SkippableFact]
    public async Task Refused_mail_is_given_up_shown_to_admins_and_sent_when_an_admin_retries()
    {
        SkipIfUnavailable();
        var (challengeId, title) = await PublishedChallengeAsync();
        var refusedAddress = $"refused-{Marker()}@example.org";
        var laterAddress = $"later-{Marker()}@example.org";
        var (refused, _) = await NewUserAsync("en-US", refusedAddress);
        var (later, _) = await NewUserAsync("en-US", laterAddress);
        var refuse = true;
        Sink.RecipientReply = address =>
            address == refusedAddress && refuse ? "550 5.1.1 No such mailbox"
            : address == laterAddress ? "451 4.3.0 Try again later"
            : null;
        Assert.True((await Engagement(e => e.FollowAsync(refused, challengeId, true))).Succeeded);
        Assert.True((await Engagement(e => e.FollowAsync(later, challengeId, true))).Succeeded);

        await AnnounceAsync(challengeId);

        // 5xx: permanent at once. 4xx: kept, retried after the first back-off step.
        var givenUp = await WaitForOutboxAsync(refusedAddress, m => m.State == OutboxState.Failed);
        Assert.Equal(1, givenUp.Attempts);
        Assert.Contains("550", givenUp.LastError);
        var deferred = await WaitForOutboxAsync(laterAddress, m => m.Attempts == 1);
        Assert.Equal(OutboxState.Pending, deferred.State);
        Assert.InRange(deferred.NextAttemptAtUtc - DateTime.UtcNow, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));

        var admin = await App.ActorAsync(DemoAccounts.Admin);
        var outbox = await Notifications(n => n.OutboxAsync(admin));
        Assert.True(outbox.Succeeded);
        Assert.True(outbox.Value!.Failed >= 1);
        Assert.Equal(OutboxState.Failed, outbox.Value.Messages.First().State); // given-up messages come first
        Assert.Contains(outbox.Value.Messages, m => m.Id == givenUp.Id && m.State == OutboxState.Failed);
        foreach (var nonAdmin in new[] { DemoAccounts.NantongManager, DemoAccounts.Solver })
        {
            var actor = await App.ActorAsync(nonAdmin);
            Assert.Equal(RuleCodes.AccessDenied, (await Notifications(n => n.OutboxAsync(actor))).Violation?.Code);
            Assert.Equal(RuleCodes.AccessDenied, (await Notifications(n => n.RetryAsync(actor, givenUp.Id))).Violation?.Code);
        }

        Assert.Equal(RuleCodes.MailNotFailed, (await Notifications(n => n.RetryAsync(admin, deferred.Id))).Violation?.Code);
        refuse = false; // the mailbox exists now
        Assert.True((await Notifications(n => n.RetryAsync(admin, givenUp.Id))).Succeeded);
        await App.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler().Result.TriggerJob(MailDeliveryJob.Key);
        var delivered = await Sink.WaitForAsync(m => m.To.Contains(refusedAddress));
        Assert.Equal($"[TechChallenge] Announcement: {title}", delivered.Subject);
        Assert.Equal(OutboxState.Sent, (await WaitForOutboxAsync(refusedAddress, m => m.State == OutboxState.Sent)).State);
    }
}

/// <summary>An app whose mail goes to an SMTP sink on loopback, polled often so tests wait little.</summary>
public abstract class MailAppFixture : AppFixture
{
    public SmtpSink Sink { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?>
        {
            ["Mail:Delivery"] = "Smtp",
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:PublicBaseUrl"] = "http://localhost",
            ["Mail:PollSeconds"] = "1",
        };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

public sealed class SqliteMailFixture : MailAppFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresMailFixture : MailAppFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

[Trait("Database", "Sqlite")]
public sealed class SqliteNotificationTests(SqliteMailFixture fixture)
    : NotificationTests<SqliteMailFixture>(fixture),
        IClassFixture<SqliteMailFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresNotificationTests(PostgresMailFixture fixture)
    : NotificationTests<PostgresMailFixture>(fixture),
        IClassFixture<PostgresMailFixture>;
