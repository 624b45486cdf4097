using Bunit;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Proposals;

namespace TechChallenge.Web.Tests.Components.Proposals;

/// <summary>The receipt in Chinese: the organisation by its Chinese name, the brand in Chinese.</summary>
[Collection(ProposalAppCollection.Name)]
public sealed class ChineseReceiptTests(SqliteAppFixture fixture) : SolverPageTest(fixture, "zh-CN")
{
    [Fact]
    public async Task A_chinese_reader_sees_the_organisations_chinese_name_and_sizes_in_chinese()
    {
        var organization = await OrganizationAsync($"Southeast University {Guid.NewGuid():N}"[..30], "东南大学");
        var solver = await SolverAsync("Wang Fang", organization);
        var challengeId = await ChallengeAsync(DateTime.UtcNow.AddDays(5));
        var version = await SubmitAsync(solver, challengeId);
        SignIn(solver, "王芳");

        var page = RenderInApp<ReceiptPage>(p => p.Add(x => x.Id, version.ProposalId).Add(x => x.Version, 1));

        page.WaitForElement("[data-testid=submit-receipt]");
        var organisation = page.Find("[data-testid=receipt-organization]").TextContent;
        Assert.Contains("东南大学", organisation);
        Assert.DoesNotContain("Southeast", organisation);
        var receipt = page.Find("[data-testid=receipt-text]").TextContent;
        Assert.Contains("东南大学", receipt);
        // The brand in Chinese text is the Chinese one.
        Assert.StartsWith("揭榜挑战 · 方案提交回执", receipt.Trim());
        Assert.DoesNotContain("TechChallenge", receipt);
    }
}
