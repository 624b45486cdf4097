namespace TechChallenge.Infrastructure.Notifications;

/// <summary>How one delivery attempt ended.</summary>
public sealed record DeliveryResult(bool Sent, bool Permanent, string? Error)
{
    public static readonly DeliveryResult Ok = new(true, false, null);
}
