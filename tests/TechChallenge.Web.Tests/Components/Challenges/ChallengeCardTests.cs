using System.Globalization;
using Bunit;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Regions;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>A challenge in the catalog: what a visitor reads on its card, in their language and time zone.</summary>
public sealed class ChallengeCardTests : AppComponentTest
{
    internal static readonly ChallengeSummary Graphene = new(
        Guid.Parse("0b7c6f0e-52c4-4c55-9d0f-0d8a3c3b9a11"),
        "石墨烯粉体制备工艺优化 Graphene powder preparation process optimisation",
        "A Wujin graphene producer seeks a scalable process.",
        "Nantong Sub-center",
        "南通分中心",
        "Jiangsu Jiangnan Energy Graphene Technology Co., Ltd.",
        new RegionLabel("320400", "江苏省 · 常州市", "Jiangsu · Changzhou"),
        ChallengeType.ReductionToPractice,
        500_000m,
        "CNY",
        "research contract",
        ChallengeStatus.SubmissionsOpen,
        new DateTime(2026, 12, 21, 9, 0, 0, DateTimeKind.Utc),
        new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc),
        false,
        null,
        3
    );

    private IRenderedComponent<ChallengeCard> RenderCard(ChallengeSummary challenge, string? link = null) =>
        RenderInApp<ChallengeCard>(p => p.Add(x => x.Challenge, challenge).Add(x => x.Link, link));

    [Fact]
    public void A_card_shows_the_deadline_in_China_Standard_Time_with_the_zone_named()
    {
        var card = RenderCard(Graphene).Find("[data-testid=challenge-card]");

        Assert.Contains("Submission deadline: 2026-12-21 17:00 (China Standard Time, UTC+08:00)", card.TextContent);
        Assert.Equal($"/challenges/{Graphene.Id}", card.QuerySelector("a.tc-card-title")!.GetAttribute("href"));
        Assert.Equal("H2", card.QuerySelector("a.tc-card-title")!.ParentElement!.TagName);
        Assert.Contains("Nantong Sub-center", card.TextContent);
        Assert.Equal("3 proposals", card.QuerySelector("[data-testid=challenge-card-proposals]")!.TextContent.Trim());
        Assert.Contains("Reduction to practice", card.TextContent);
        Assert.Equal("CNY 500,000 · research contract", card.QuerySelector("[data-testid=challenge-card-award]")!.TextContent.Trim());
        Assert.Null(card.QuerySelector("[data-testid=confidential-badge]"));
        Assert.Equal("Open for submissions", card.QuerySelector("[data-testid=challenge-status]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en-US", 1, "1 proposal")]
    [InlineData("en-US", 0, "0 proposals")]
    [InlineData("zh-CN", 1, "1 份方案")]
    public void One_proposal_is_counted_in_the_singular(string culture, int proposals, string expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);

        var card = RenderCard(Graphene with { ProposalCount = proposals });

        Assert.Equal(expected, card.Find("[data-testid=challenge-card-proposals]").TextContent.Trim());
    }

    [Fact]
    public void A_card_in_Chinese_uses_the_Chinese_sub_center_name_and_labels()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

        var card = RenderCard(Graphene);

        var text = card.Find("[data-testid=challenge-card]").TextContent;
        Assert.Contains("南通分中心", text);
        Assert.Contains("提交截止时间: 2026-12-21 17:00 (北京时间, UTC+08:00)", text);
        Assert.Equal("征集中", card.Find("[data-testid=challenge-status]").TextContent.Trim());
    }

    [Fact]
    public void A_viewer_in_another_zone_sees_their_own_time()
    {
        SignIn("viewer", "Viewer", "Europe/Berlin");

        var card = RenderCard(Graphene);

        // 09:00 UTC in December is 10:00 in Berlin (UTC+01:00, no summer time).
        Assert.Contains("2026-12-21 10:00 (Europe/Berlin, UTC+01:00)", card.Find("[data-testid=challenge-card]").TextContent);
    }

    [Fact]
    public void A_confidential_card_says_so_and_names_no_enterprise_and_an_award_without_amount_reads_as_agreed()
    {
        var secret = Graphene with { IsConfidential = true, EnterpriseName = null, AwardAmount = null, AwardDescription = "" };

        var card = RenderCard(secret);

        Assert.Equal("Confidential", card.Find("[data-testid=confidential-badge]").TextContent.Trim());
        var text = card.Find("[data-testid=challenge-card]").TextContent;
        Assert.Contains("Confidential enterprise", text);
        Assert.DoesNotContain("Jiangnan", text);
        Assert.Equal("To be agreed", card.Find("[data-testid=challenge-card-award]").TextContent.Trim());
    }

    [Fact]
    public void A_cover_keeps_its_place_while_it_loads_and_a_list_may_lead_elsewhere()
    {
        var cover = Guid.NewGuid();

        var card = RenderCard(Graphene with { CoverImageId = cover }, link: $"/manage/challenges/{Graphene.Id}");

        var image = card.Find("img.tc-cover-thumb");
        Assert.Equal($"/files/challenges/{cover}", image.GetAttribute("src"));
        Assert.Equal("96", image.GetAttribute("width"));
        Assert.Equal("72", image.GetAttribute("height"));
        Assert.Equal("", image.GetAttribute("alt"));
        Assert.Equal($"/manage/challenges/{Graphene.Id}", card.Find("[data-testid=challenge-card-title]").GetAttribute("href"));
    }
}
