using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Web.Features.Judging;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>The ranking as a spreadsheet: the team's organisation has its own column, in the viewer's language.</summary>
public sealed class RankingCsvTests() : AppComponentTest("zh-CN")
{
    [Fact]
    public void Each_row_names_the_team_and_its_organisation_in_the_viewers_language_and_formulas_are_defused()
    {
        var rows = new[]
        {
            new RankingRow(
                1,
                Guid.NewGuid(),
                "=Silver paste",
                "王逸君",
                90m,
                1.0,
                2,
                [],
                0.5m,
                false,
                null,
                false,
                new TeamOrganization("Jiangnan University", "江南大学")
            ),
            new RankingRow(2, Guid.NewGuid(), "Copper, paste", "Ma Qing", 60m, -1.0, 2, [], 0.5m, false, null, false),
        };
        var view = new RankingView(Guid.NewGuid(), "石墨烯", ChallengeStatus.Judging, 2, RankingBasis.Raw, 15m, rows);
        var localizer = Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var bytes = RankingCsv.Write(view, localizer);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("名次,方案,团队,所属机构,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,'=Silver paste,王逸君,江南大学,90.00,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,\"Copper, paste\",Ma Qing,,60.00,", lines[2], StringComparison.Ordinal);
        Assert.Equal("zh-CN", CultureInfo.CurrentUICulture.Name);
    }
}
