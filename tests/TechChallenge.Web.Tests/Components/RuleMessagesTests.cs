using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Common;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

/// <summary>Rule messages in both languages; the services a zh-CN page has, for an anonymous viewer (China Standard Time).</summary>
public sealed class RuleMessagesTests() : AppComponentTest("zh-CN")
{
    public static TheoryData<string> EveryRuleCode()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(RuleCodes).GetFields())
        {
            data.Add((string)field.GetValue(null)!);
        }

        return data;
    }

    /// <summary>A new rule code without a message in both languages would show users a raw key.</summary>
    [Theory]
    [MemberData(nameof(EveryRuleCode))]
    public void Every_rule_has_a_message_in_English_and_Chinese(string code)
    {
        var resources = new ResourceManager("TechChallenge.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

        var english = resources.GetString("Rule." + code, new CultureInfo("en-US"));
        var chinese = resources.GetString("Rule." + code, new CultureInfo("zh-CN"));

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.False(string.IsNullOrWhiteSpace(chinese));
        Assert.NotEqual(english, chinese);
    }

    [Fact]
    public void The_two_resource_files_have_the_same_keys()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "TechChallenge.Web", "Resources");
        static HashSet<string> Keys(string file) =>
            XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        var english = Keys(Path.Combine(folder, "SharedResource.resx"));
        var chinese = Keys(Path.Combine(folder, "SharedResource.zh-CN.resx"));

        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));
    }

    [Fact]
    public async Task A_closed_deadline_is_explained_in_the_viewers_zone_and_language()
    {
        var messages = Services.GetRequiredService<RuleMessages>();
        await Services.GetRequiredService<UserTime>().ZoneAsync();

        var text = messages.Describe(
            new RuleViolation(RuleCodes.SubmissionsClosed, new DateTime(2026, 11, 21, 9, 30, 0, DateTimeKind.Utc))
        );

        Assert.Equal("该榜单已于 2026-11-21 17:30 (北京时间, UTC+08:00) 截止提交，您的方案未被接收。", text);
    }

    /// <summary>No Chinese text, on a page or in an e-mail, names the platform by its English brand.</summary>
    [Theory]
    [InlineData("src/TechChallenge.Web/Resources/SharedResource.zh-CN.resx")]
    [InlineData("src/TechChallenge.Infrastructure/Notifications/MailText.zh-CN.resx")]
    public void Chinese_texts_use_the_Chinese_brand(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", file);
        var english = XDocument
            .Load(path)
            .Root!.Elements("data")
            .Where(d => ((string)d.Element("value")!).Contains("TechChallenge", StringComparison.OrdinalIgnoreCase))
            .Select(d => (string)d.Attribute("name")!);

        Assert.Empty(english);
    }
}
