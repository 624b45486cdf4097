namespace TechChallenge.Domain.Notifications;

/// <summary>
/// An e-mail waiting to be sent, written in the same transaction as what it tells of, so a message is never sent for
/// a change that was rolled back nor lost for one that was committed.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid? NotificationId { get; init; }

    /// <summary>None for an invitation to an address that has no account yet.</summary>
    public string? UserId { get; init; }
    public required string ToAddress { get; init; }
    public required string Culture { get; init; }
    public NotificationKind Kind { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }

    /// <summary>Absolute link that turns this kind of e-mail off for the recipient; none for a one-off to an address.</summary>
    public string? UnsubscribeUrl { get; init; }

    private readonly DateTime createdAtUtc;

    /// <summary>Also the time of the first attempt.</summary>
    public DateTime CreatedAtUtc
    {
        get => createdAtUtc;
        init
        {
            createdAtUtc = value;
            NextAttemptAtUtc = value;
        }
    }

    public OutboxState State { get; private set; } = OutboxState.Pending;
    public int Attempts { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTime nowUtc)
    {
        Attempts++;
        State = OutboxState.Sent;
        SentAtUtc = nowUtc;
        LastError = null;
    }

    /// <summary>Schedules the next try, or gives up when the failure is permanent or the retries are spent.</summary>
    public void MarkFailed(DateTime nowUtc, string error, bool permanent)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (permanent || DeliveryBackoff.DelayAfter(Attempts) is not { } delay)
        {
            State = OutboxState.Failed;
            return;
        }

        NextAttemptAtUtc = nowUtc + delay;
    }

    /// <summary>An admin's retry of a message that was given up on: one more round of attempts from now.</summary>
    public bool Retry(DateTime nowUtc)
    {
        if (State != OutboxState.Failed)
        {
            return false;
        }

        State = OutboxState.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        return true;
    }
}
