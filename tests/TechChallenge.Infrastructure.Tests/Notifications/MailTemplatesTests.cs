using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Notifications;

namespace TechChallenge.Infrastructure.Tests.Notifications;

public sealed class MailTemplatesTests
{
    public static TheoryData<NotificationKind, string> KindsAndCultures()
    {
        var data = new TheoryData<NotificationKind, string>();
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            foreach (var culture in MailTemplates.Cultures)
            {
                data.Add(kind, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndCultures))]
    public void Every_kind_has_its_own_subject_and_body_in_both_languages(NotificationKind kind, string culture)
    {
        var mail = MailTemplates.Render(
            kind,
            culture,
            "石墨烯涂层 Graphene coating",
            "https://example.org/challenges/1",
            "https://example.org/unsubscribe/t"
        );

        Assert.Contains("石墨烯涂层 Graphene coating", mail.Subject);
        Assert.Contains("https://example.org/challenges/1", mail.Body);
        Assert.Contains("https://example.org/unsubscribe/t", mail.Body);
        // The satellite really has the text: not the English fallback dressed up as Chinese.
        var english = MailTemplates.Render(kind, "en-US", "x", "l", "u").Subject;
        var chinese = MailTemplates.Render(kind, "zh-CN", "x", "l", "u").Subject;
        Assert.NotEqual(english, chinese);
        Assert.Equal(culture == "zh-CN" ? chinese : english, MailTemplates.Render(kind, culture, "x", "l", "u").Subject);
    }

    [Fact]
    public void Subjects_differ_between_kinds_so_recipients_can_tell_them_apart()
    {
        foreach (var culture in MailTemplates.Cultures)
        {
            var subjects = Enum.GetValues<NotificationKind>().Select(k => MailTemplates.Render(k, culture, "x", "l", "u").Subject).ToList();
            Assert.Equal(subjects.Count, subjects.Distinct().Count());
        }
    }

    [Theory]
    [InlineData(null, "zh-CN")]
    [InlineData("fr-FR", "zh-CN")]
    [InlineData("en-US", "en-US")]
    public void Unknown_languages_fall_back_to_Chinese(string? preferred, string expected) =>
        Assert.Equal(expected, MailTemplates.CultureOrDefault(preferred));
}
