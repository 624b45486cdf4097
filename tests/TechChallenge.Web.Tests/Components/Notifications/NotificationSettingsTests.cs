using Bunit;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Notifications;

namespace TechChallenge.Web.Tests.Components.Notifications;

/// <summary>Each kind of notification on each channel, turned off and on by the person.</summary>
public sealed class NotificationSettingsTests(SqliteAppFixture fixture) : SignedInPageTest(fixture)
{
    [Fact]
    public async Task Turning_off_one_kind_on_one_channel_saves_only_that()
    {
        var (actor, email) = await App.NewUserAsync(Roles.Solver);
        await SignInAsAsync(email);
        var page = RenderPage<NotificationSettings>();
        var announcementsByEmail = "[data-testid=setting-Announcement-Email]";
        page.WaitForAssertion(() => Assert.True(Checked(page, announcementsByEmail)));

        page.Find(announcementsByEmail).Change(false);
        page.Find("[data-testid=settings-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Settings saved.", Snackbars));
        var off = (await UseAsync<NotificationCenter, IReadOnlyList<NotificationSetting>>(n => n.GetSettingsAsync(actor)))
            .Where(s => !s.Enabled)
            .Select(s => (s.Kind, s.Channel));
        Assert.Equal([(NotificationKind.Announcement, NotificationChannel.Email)], off);

        // Opened again, the page shows what was saved.
        var again = RenderPage<NotificationSettings>();
        again.WaitForAssertion(() => Assert.False(Checked(again, announcementsByEmail)));
        Assert.True(Checked(again, "[data-testid=setting-Announcement-InApp]"));
    }

    [Fact]
    public async Task Every_checkbox_is_named_by_its_kind_and_channel()
    {
        await SignInAsAsync((await App.NewUserAsync(Roles.Solver)).Email);

        var page = RenderPage<NotificationSettings>();

        page.WaitForAssertion(() =>
            Assert.Equal("Announcements: E-mail", NameOf(page, page.Find("[data-testid=setting-Announcement-Email]")))
        );
        var boxes = page.FindAll("input[type=checkbox]");
        Assert.Equal(Enum.GetValues<NotificationKind>().Length * Enum.GetValues<NotificationChannel>().Length, boxes.Count);
        Assert.Equal(boxes.Count, boxes.Select(box => NameOf(page, box)).Distinct().Count());
    }

    /// <summary>What a screen reader announces for the checkbox: the text it is labelled by.</summary>
    private static string NameOf(IRenderedComponent<NotificationSettings> page, AngleSharp.Dom.IElement box) =>
        page.Find($"#{box.GetAttribute("aria-labelledby")}").TextContent.Trim();

    private static bool Checked(IRenderedComponent<NotificationSettings> page, string selector) =>
        page.Find(selector).HasAttribute("checked");
}
