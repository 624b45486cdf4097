using Bunit;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>The platform admin's list of fields of technology, through the real service of a running app.</summary>
public sealed class FieldTagsPageTests(SqliteAppFixture fixture) : AppComponentTest, IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task The_admin_adds_a_field_and_a_second_one_with_the_same_code_is_refused()
    {
        await Authorization.SignInAsync(fixture.App, DemoAccounts.Admin);
        UseApp(fixture.App);
        var page = RenderInApp<FieldTags>();
        var code = $"quantum-{Guid.NewGuid():N}"[..20];

        page.Find("input[data-testid=field-code]").Change(code);
        page.Find("input[data-testid=field-name-zh]").Change("量子技术");
        page.Find("input[data-testid=field-name]").Change("Quantum technology");
        page.Find("button[data-testid=field-add]").Click();

        page.WaitForAssertion(() =>
            Assert.Contains(page.FindAll("[data-testid=field-row]"), row =>
                row.TextContent.Contains(code, StringComparison.Ordinal) && row.TextContent.Contains("量子技术", StringComparison.Ordinal)
            )
        );
        Assert.Equal("", page.Find("input[data-testid=field-code]").GetAttribute("value") ?? "");

        page.Find("input[data-testid=field-code]").Change(code);
        page.Find("input[data-testid=field-name-zh]").Change("量子");
        page.Find("input[data-testid=field-name]").Change("Quantum");
        page.Find("button[data-testid=field-add]").Click();

        page.WaitForAssertion(() =>
            Assert.Equal($"The field code {code} exists already.", page.Find("[data-testid=field-error]").TextContent.Trim())
        );
    }

    [Fact]
    public async Task Every_field_is_labelled_for_screen_readers()
    {
        await Authorization.SignInAsync(fixture.App, DemoAccounts.Admin);
        UseApp(fixture.App);
        var page = RenderInApp<FieldTags>();

        foreach (var (id, label) in new[] { ("field-code", "Code"), ("field-name-zh", "Chinese name"), ("field-name", "English name") })
        {
            Assert.Equal(id, page.Find($"input[data-testid={id}]").Id);
            Assert.Equal(label, page.Find($"label[for={id}]").TextContent.Trim());
        }
    }
}
