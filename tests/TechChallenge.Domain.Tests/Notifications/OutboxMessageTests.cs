using TechChallenge.Domain.Notifications;

namespace TechChallenge.Domain.Tests.Notifications;

public sealed class OutboxMessageTests
{
    private static readonly DateTime Start = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    private static OutboxMessage Message() =>
        new()
        {
            UserId = "u1",
            ToAddress = "solver@example.org",
            Culture = "zh-CN",
            Subject = "s",
            Body = "b",
            UnsubscribeUrl = "http://localhost/unsubscribe/x",
            CreatedAtUtc = Start,
        };

    [Fact]
    public void A_new_message_is_due_at_once()
    {
        var message = Message();

        Assert.Equal(OutboxState.Pending, message.State);
        Assert.Equal(Start, message.NextAttemptAtUtc);
        Assert.Equal(0, message.Attempts);
    }

    [Fact]
    public void Transient_failures_back_off_1_5_30_120_360_minutes_then_give_up()
    {
        var message = Message();
        var now = Start;
        var waits = new List<double>();
        while (message.State == OutboxState.Pending)
        {
            message.MarkFailed(now, "451 try later", permanent: false);
            if (message.State == OutboxState.Pending)
            {
                waits.Add((message.NextAttemptAtUtc - now).TotalMinutes);
                now = message.NextAttemptAtUtc;
            }
        }

        Assert.Equal([1, 5, 30, 120, 360], waits);
        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Equal(6, message.Attempts);
        Assert.Equal(DeliveryBackoff.MaxAttempts, message.Attempts);
        Assert.Equal("451 try later", message.LastError);
    }

    [Fact]
    public void A_permanent_failure_gives_up_at_once_and_an_admin_retry_starts_over()
    {
        var message = Message();

        message.MarkFailed(Start, "550 no such mailbox", permanent: true);
        Assert.Equal(OutboxState.Failed, message.State);

        Assert.True(message.Retry(Start.AddHours(1)));
        Assert.Equal(OutboxState.Pending, message.State);
        Assert.Equal(0, message.Attempts);
        Assert.Equal(Start.AddHours(1), message.NextAttemptAtUtc);
        Assert.False(message.Retry(Start.AddHours(2))); // only given-up messages are retried
    }

    [Fact]
    public void Sending_records_the_time_and_clears_the_last_error()
    {
        var message = Message();
        message.MarkFailed(Start, "timeout", permanent: false);

        message.MarkSent(Start.AddMinutes(1));

        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Equal(Start.AddMinutes(1), message.SentAtUtc);
        Assert.Null(message.LastError);
        Assert.Equal(2, message.Attempts);
        Assert.False(message.Retry(Start.AddMinutes(2)));
    }

    [Fact]
    public void Long_errors_are_cut_to_a_thousand_characters()
    {
        var message = Message();

        message.MarkFailed(Start, new string('x', 5000), permanent: true);

        Assert.Equal(1000, message.LastError!.Length);
    }

    [Fact]
    public void Reading_a_notification_keeps_the_first_time_it_was_read()
    {
        var notification = new Notification
        {
            UserId = "u1",
            Subject = "s",
            Link = "/",
            CreatedAtUtc = Start,
        };

        notification.MarkRead(Start.AddMinutes(1));
        notification.MarkRead(Start.AddMinutes(2));

        Assert.True(notification.IsRead);
        Assert.Equal(Start.AddMinutes(1), notification.ReadAtUtc);
    }
}
