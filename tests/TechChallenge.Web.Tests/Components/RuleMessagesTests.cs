using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using TechChallenge.Domain.Common;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Tests.Components;

public class RuleMessagesTests
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
        await using var renderer = new ComponentRenderer("zh-CN");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            var messages = renderer.Service<RuleMessages>();
            await renderer.Service<UserTime>().ZoneAsync();

            var text = messages.Describe(
                new RuleViolation(RuleCodes.SubmissionsClosed, new DateTime(2026, 11, 21, 9, 30, 0, DateTimeKind.Utc))
            );

            Assert.Equal("该榜单已于 2026-11-21 17:30 (北京时间, UTC+08:00) 截止提交，您的方案未被接收。", text);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
