namespace TechChallenge.Infrastructure.Notifications;

public sealed record RenderedMail(string Subject, string Body);
