namespace TechChallenge.Infrastructure.Notifications;

/// <summary>The "Mail" configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;

    /// <summary>Relative to the data folder unless rooted.</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";

    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "TechChallenge <noreply@techchallenge.local>";

    /// <summary>
    /// The address users reach the site at; links in e-mails start with it. The web app checks it at start-up, and
    /// outside Production fills in a missing one from where the server listens.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How often the delivery job looks for due messages (it is also started as soon as one is written).</summary>
    public int PollSeconds { get; set; } = 15;
}
