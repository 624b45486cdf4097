using Bunit;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Notifications;

namespace TechChallenge.Web.Tests.Components.Notifications;

/// <summary>The notifications page: what is new is marked so in words, opening one marks it read, and all at once.</summary>
public sealed class NotificationsPageTests(SqliteAppFixture fixture) : SignedInPageTest(fixture)
{
    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_goes_to_what_it_tells_of()
    {
        var (actor, email) = await App.NewUserAsync(Roles.Solver);
        var (opened, _) = await NotifyAsync(actor.UserId!, "Graphene coating", "Salt-spray test");
        await SignInAsAsync(email);
        var page = RenderPage<NotificationsPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=notification-unread]").Count));

        page.FindAll("[data-testid=notification-link]").Single(a => a.TextContent.Contains("Graphene coating")).Click();

        page.WaitForAssertion(() => Assert.Equal($"/challenges/{opened}", NavigatedTo));
        Assert.Equal([true, false], await ReadAsync(actor.UserId!));
    }

    [Fact]
    public async Task Mark_all_read_marks_every_one_and_is_then_not_offered()
    {
        var (actor, email) = await App.NewUserAsync(Roles.Solver);
        await NotifyAsync(actor.UserId!, "Pump seals", "Battery recycling");
        await SignInAsAsync(email);
        var page = RenderPage<NotificationsPage>();

        page.WaitForElement("[data-testid=mark-all-read]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=notification-unread]")));
        Assert.All(page.FindAll("[data-testid=notification]"), n => Assert.Equal("true", n.GetAttribute("data-read")));
        Assert.True(page.Find("[data-testid=mark-all-read]").HasAttribute("disabled"));
        Assert.Equal([true, true], await ReadAsync(actor.UserId!));
    }

    [Fact]
    public async Task Without_notifications_the_page_says_how_to_get_some()
    {
        await SignInAsAsync((await App.NewUserAsync(Roles.Solver)).Email);

        var page = RenderPage<NotificationsPage>();

        page.WaitForAssertion(() => Assert.Contains("Follow a challenge", page.Find("[data-testid=notifications-empty]").TextContent));
        Assert.True(page.Find("[data-testid=mark-all-read]").HasAttribute("disabled"));
    }

    /// <summary>Two announcements for the user, the first older; answers the challenges they are about.</summary>
    private async Task<(Guid First, Guid Second)> NotifyAsync(string userId, string first, string second)
    {
        var (firstId, secondId) = (Guid.NewGuid(), Guid.NewGuid());
        await App.WithDbAsync(async db =>
        {
            db.Notifications.Add(Announcement(userId, firstId, first, DateTime.UtcNow.AddHours(-2)));
            db.Notifications.Add(Announcement(userId, secondId, second, DateTime.UtcNow.AddHours(-1)));
            return await db.SaveChangesAsync();
        });
        return (firstId, secondId);
    }

    private static Notification Announcement(string userId, Guid challengeId, string title, DateTime at) =>
        new()
        {
            UserId = userId,
            Kind = NotificationKind.Announcement,
            ChallengeId = challengeId,
            Subject = title,
            Link = $"/challenges/{challengeId}",
            CreatedAtUtc = at,
        };

    /// <summary>Whether each of the user's notifications is read, oldest first.</summary>
    private Task<List<bool>> ReadAsync(string userId) =>
        App.WithDbAsync(db =>
            db.Notifications.Where(n => n.UserId == userId).OrderBy(n => n.CreatedAtUtc).Select(n => n.ReadAtUtc != null).ToListAsync()
        );
}
