using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Account;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// The language on screen is the browser's choice; the language of a person's e-mails is their profile's. Switching
/// one never switches the other. The profile's time zone counts once the sign-in is renewed.
/// </summary>
public sealed class LanguageAndTimeZoneTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private TechChallengeApp App => fixture.App;

    [Fact]
    public async Task Switching_the_screen_to_Chinese_leaves_English_e_mails_English()
    {
        var (actor, email) = await PersonAsync(emailCulture: "en-US");
        var client = await BrowserlessClient.SignedInAsync(App, email);

        var switched = await client.Http.GetAsync("/culture?culture=zh-CN&returnUrl=%2Fchallenges");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("创新挑战榜单", (await client.GetDocumentAsync("/challenges")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("en-US", await EmailCultureAsync(email));
        var (subject, culture) = await AnnouncementMailAsync(actor, email);
        Assert.StartsWith("[TechChallenge] Announcement: ", subject);
        Assert.Equal("en-US", culture);
    }

    [Fact]
    public async Task The_profile_s_e_mail_language_decides_the_language_of_e_mails_whatever_the_screen_shows()
    {
        var (actor, email) = await PersonAsync(emailCulture: "en-US");
        var client = await BrowserlessClient.SignedInAsync(App, email);
        Assert.Equal("Innovation challenges", (await client.GetDocumentAsync("/challenges")).QuerySelector("h1")!.TextContent.Trim());

        Assert.True((await SaveProfileAsync(actor, emailCulture: "zh-CN", timeZone: "Asia/Shanghai")).Succeeded);

        Assert.Equal("Innovation challenges", (await client.GetDocumentAsync("/challenges")).QuerySelector("h1")!.TextContent.Trim());
        var (subject, culture) = await AnnouncementMailAsync(actor, email);
        Assert.StartsWith("[揭榜挑战] 新公告：", subject);
        Assert.Equal("zh-CN", culture);
    }

    [Fact]
    public async Task Signing_in_keeps_the_language_this_browser_chose()
    {
        var (_, email) = await PersonAsync(emailCulture: "zh-CN");
        var client = BrowserlessClient.Anonymous(App, culture: "zh-CN");
        await client.Http.GetAsync("/culture?culture=en-US&returnUrl=%2F");

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitLoginAsync(email, DemoAccounts.Password)).StatusCode);

        Assert.Equal("Innovation challenges", (await client.GetDocumentAsync("/challenges")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("zh-CN", await EmailCultureAsync(email));
    }

    [Fact]
    public async Task A_browser_that_chose_no_language_starts_in_the_person_s_own_at_sign_in()
    {
        var (_, email) = await PersonAsync(emailCulture: "zh-CN");
        var client = BrowserlessClient.Anonymous(App, culture: "en-US");

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitLoginAsync(email, DemoAccounts.Password)).StatusCode);

        Assert.Equal("创新挑战榜单", (await client.GetDocumentAsync("/challenges")).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_new_time_zone_shows_once_the_profile_page_has_the_sign_in_renewed()
    {
        var (actor, email) = await PersonAsync(emailCulture: "en-US");
        var client = await BrowserlessClient.SignedInAsync(App, email);
        Assert.True((await SaveProfileAsync(actor, emailCulture: "en-US", timeZone: "Europe/Berlin")).Succeeded);

        var renewed = await client.Http.GetAsync("/account/refresh-sign-in?returnUrl=%2Faccount%2Fprofile%3Fsaved%3Dtrue");

        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        Assert.Equal("/account/profile?saved=true", renewed.Headers.Location!.ToString());
        var page = await client.GetDocumentAsync("/account/profile?saved=true");
        Assert.Contains("Europe/Berlin, UTC+01:00", page.QuerySelector("[data-testid=profile-saved]")!.TextContent);
    }

    [Fact]
    public async Task Renewing_the_sign_in_needs_one()
    {
        var client = BrowserlessClient.Anonymous(App);

        var response = await client.Http.GetAsync("/account/refresh-sign-in?returnUrl=%2Faccount%2Fprofile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    /// <summary>A solver who can sign in with the demo password, whose e-mails are in <paramref name="emailCulture"/>.</summary>
    private async Task<(Actor Actor, string Email)> PersonAsync(string emailCulture)
    {
        var (actor, email) = await App.NewUserAsync(Roles.Solver, displayName: "Li Wei", password: DemoAccounts.Password);
        Assert.True((await SaveProfileAsync(actor, emailCulture, timeZone: "Asia/Shanghai")).Succeeded);
        return (actor, email);
    }

    private async Task<Outcome> SaveProfileAsync(Actor actor, string emailCulture, string timeZone)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var input = new ProfileInput("Li Wei", "", [], timeZone, emailCulture);
        return await scope.ServiceProvider.GetRequiredService<ProfileService>().SaveAsync(actor, input);
    }

    private Task<string?> EmailCultureAsync(string email) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PreferredCulture).SingleAsync());

    /// <summary>The person follows a new challenge and its organiser announces something: the e-mail it wrote them.</summary>
    private async Task<(string Subject, string Culture)> AnnouncementMailAsync(Actor actor, string email)
    {
        var title = $"Pump seals {Guid.NewGuid():N}";
        var challengeId = await ChallengeScenarios.PublishAsync(App, ChallengeScenarios.Content(DateTime.UtcNow.AddDays(9), title));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var follows = scope.ServiceProvider.GetRequiredService<ChallengeEngagementService>();
            Assert.True((await follows.FollowAsync(actor, challengeId, true)).Succeeded);
            var announcements = scope.ServiceProvider.GetRequiredService<ChallengeAnnouncements>();
            var manager = await App.ActorAsync(DemoAccounts.NantongManager);
            Assert.True((await announcements.AnnounceAsync(manager, challengeId, "Site visit", "At 9:00.")).Succeeded);
        }

        var mail = await App.WithDbAsync(db =>
            db.OutboxMessages.Where(m => m.ToAddress == email && m.Subject.Contains(title))
                .Select(m => new { m.Subject, m.Culture })
                .SingleAsync()
        );
        return (mail.Subject, mail.Culture);
    }
}
