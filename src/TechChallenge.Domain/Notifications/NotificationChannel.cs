namespace TechChallenge.Domain.Notifications;

public enum NotificationChannel
{
    InApp,
    Email,
}
