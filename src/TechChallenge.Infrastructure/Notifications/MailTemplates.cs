using System.Globalization;
using System.Resources;
using TechChallenge.Domain.Notifications;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>
/// E-mail subjects and bodies in the recipient's language, from <c>MailText.resx</c> (en-US) and
/// <c>MailText.zh-CN.resx</c>. Every kind has a subject and a body in both (a test checks).
/// </summary>
public static class MailTemplates
{
    private static readonly ResourceManager Resources = new(
        "TechChallenge.Infrastructure.Notifications.MailText",
        typeof(MailTemplates).Assembly
    );

    public static readonly IReadOnlyList<string> Cultures = ["zh-CN", "en-US"];

    public const string DefaultCulture = "zh-CN";

    public static string CultureOrDefault(string? culture) => Cultures.Contains(culture) ? culture! : DefaultCulture;

    /// <param name="subject">What it is about: usually the challenge's title.</param>
    /// <param name="link">Absolute link to it.</param>
    /// <param name="unsubscribeUrl">Absolute link that turns this kind of e-mail off; none for a one-off to an address.</param>
    public static RenderedMail Render(NotificationKind kind, string culture, string subject, string link, string? unsubscribeUrl)
    {
        var info = CultureInfo.GetCultureInfo(CultureOrDefault(culture));
        string Text(string key) => Resources.GetString(key, info) ?? throw new InvalidOperationException($"Mail text '{key}' is missing.");

        var footer = unsubscribeUrl is null ? Text("Footer.OneOff") : string.Format(info, Text("Footer.Unsubscribe"), unsubscribeUrl);
        var body = string.Join("\n\n", string.Format(info, Text($"Body.{kind}"), subject), link, "—", footer);
        return new RenderedMail(string.Format(info, Text($"Subject.{kind}"), subject), body + "\n");
    }
}
