namespace TechChallenge.Domain.Notifications;

public enum OutboxState
{
    Pending,
    Sent,

    /// <summary>Given up: the address was refused, or every retry failed. Admins see these.</summary>
    Failed,
}
