using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>
/// Sends outbox messages with <see cref="SmtpClient"/> (MailKit is not available here): to an SMTP server, or as .eml
/// files in a pickup folder when no server is configured.
/// </summary>
public sealed class MailTransport(IOptions<MailOptions> options, DataFolder dataFolder)
{
    public string PickupDirectory => Path.GetFullPath(Path.Combine(dataFolder.Path, options.Value.PickupDirectory));

    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        MailAddress to;
        try
        {
            to = new MailAddress(message.ToAddress);
        }
        catch (FormatException exception)
        {
            // An address no server will take must not stop the messages queued behind it.
            return new DeliveryResult(false, true, exception.Message);
        }

        using var mail = new MailMessage(new MailAddress(settings.From), to)
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        mail.Headers.Add("Content-Language", message.Culture);
        if (message.UnsubscribeUrl is { } unsubscribeUrl)
        {
            // RFC 8058 one-click unsubscribe, shown by mail clients next to the sender.
            mail.Headers.Add("List-Unsubscribe", $"<{unsubscribeUrl}>");
            mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        mail.Headers.Add("X-TechChallenge-Message", message.Id.ToString());

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        if (settings.Delivery == MailDelivery.Pickup)
        {
            Directory.CreateDirectory(PickupDirectory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = PickupDirectory;
        }
        else
        {
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            client.Host = settings.Host;
            client.Port = settings.Port;
            client.EnableSsl = settings.EnableSsl;
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
            }
        }

        try
        {
            await client.SendMailAsync(mail, cancellationToken);
            return DeliveryResult.Ok;
        }
        catch (SmtpException exception)
        {
            // Includes SmtpFailedRecipientException: the server's reply code decides.
            var code = (int)exception.StatusCode;
            return new DeliveryResult(
                false,
                IsPermanent(exception.StatusCode),
                code > 0 ? $"{code} {exception.Message}" : exception.Message
            );
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            // The server could not be reached or the connection broke: worth trying again later.
            return new DeliveryResult(false, false, exception.Message);
        }
    }

    /// <summary>5xx replies say retrying cannot help (no such mailbox, refused); 4xx and connection failures may pass.</summary>
    private static bool IsPermanent(SmtpStatusCode code) => (int)code is >= 500 and < 600;
}
