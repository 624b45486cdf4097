using System.Globalization;
using System.Resources;
using TechChallenge.Domain.Notifications;

namespace TechChallenge.Infrastructure.Notifications;

public sealed record RenderedMail(string Subject, string Body);
