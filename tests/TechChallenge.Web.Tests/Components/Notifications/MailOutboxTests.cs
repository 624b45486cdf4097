using Bunit;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Notifications;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Notifications;

namespace TechChallenge.Web.Tests.Components.Notifications;

/// <summary>The admins' view of the mail outbox: states in words, a given-up message sent again on request.</summary>
public sealed class MailOutboxTests(SqliteAppFixture fixture) : SignedInPageTest(fixture)
{
    [Fact]
    public async Task A_given_up_message_is_shown_so_and_a_retry_queues_it_again()
    {
        var address = $"refused-{Guid.NewGuid():N}@example.org";
        var id = await GivenUpMessageAsync(address);
        await SignInAsAsync(DemoAccounts.Admin);
        var page = RenderPage<MailOutbox>();

        var row = WaitFor(page, () => RowTo(page, address));
        Assert.Equal("Given up", row.QuerySelector("[data-testid=outbox-row]")!.TextContent.Trim());
        Assert.Contains("550 mailbox unavailable", row.TextContent);
        row.QuerySelector("[data-testid=outbox-retry]")!.Click();

        page.WaitForAssertion(() => Assert.Contains("The message is queued to be sent again.", Snackbars));
        Assert.NotEqual(
            OutboxState.Failed,
            await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.State).SingleAsync())
        );
        page.WaitForAssertion(() => Assert.Null(RowTo(page, address).QuerySelector("[data-testid=outbox-retry]")));
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_is_told_so_and_sees_no_mail()
    {
        await SignInAsAsync(DemoAccounts.Solver);

        var page = RenderPage<MailOutbox>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.Find("[data-testid=outbox-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=outbox]"));
    }

    private static AngleSharp.Dom.IElement RowTo(IRenderedComponent<MailOutbox> page, string address) =>
        page.FindAll("[data-testid=outbox] tbody tr").Single(r => r.TextContent.Contains(address));

    private Task<Guid> GivenUpMessageAsync(string address) =>
        App.WithDbAsync(async db =>
        {
            var message = new OutboxMessage
            {
                ToAddress = address,
                Culture = "en-US",
                Kind = NotificationKind.Announcement,
                Subject = "[TechChallenge] Announcement: Pump seals",
                Body = "…",
                CreatedAtUtc = DateTime.UtcNow,
            };
            message.MarkFailed(DateTime.UtcNow, "550 mailbox unavailable", permanent: true);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });
}
