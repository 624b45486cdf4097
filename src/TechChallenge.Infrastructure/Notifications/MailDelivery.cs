namespace TechChallenge.Infrastructure.Notifications;

public enum MailDelivery
{
    /// <summary>Each message is written as an .eml file to <see cref="MailOptions.PickupDirectory"/>: needs no mail server.</summary>
    Pickup,

    /// <summary>Sent to the SMTP server at <see cref="MailOptions.Host"/>.</summary>
    Smtp,
}
