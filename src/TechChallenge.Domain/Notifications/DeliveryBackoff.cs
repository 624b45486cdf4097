namespace TechChallenge.Domain.Notifications;

/// <summary>Waits between delivery attempts: quick retries for a blip, then longer ones for an outage, then stop.</summary>
public static class DeliveryBackoff
{
    public static readonly IReadOnlyList<TimeSpan> Delays =
    [
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(6),
    ];

    public static int MaxAttempts => Delays.Count + 1;

    /// <summary>How long to wait after the given number of failed attempts; null once they are all spent.</summary>
    public static TimeSpan? DelayAfter(int failedAttempts) =>
        failedAttempts >= 1 && failedAttempts <= Delays.Count ? Delays[failedAttempts - 1] : null;
}
