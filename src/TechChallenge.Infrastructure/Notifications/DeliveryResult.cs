using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Storage;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>How one delivery attempt ended.</summary>
public sealed record DeliveryResult(bool Sent, bool Permanent, string? Error)
{
    public static readonly DeliveryResult Ok = new(true, false, null);
}
