using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using TechChallenge.Infrastructure.Judging;

namespace TechChallenge.Web.Features.Judging;

/// <summary>The ranking as CSV: UTF-8 with a BOM (so Excel opens Chinese text correctly), headers in the viewer's language.</summary>
public static class RankingCsv
{
    public static byte[] Write(RankingView ranking, IStringLocalizer localizer)
    {
        var text = new StringBuilder();
        Line(
            text,
            [
                localizer["Ranking.Rank"],
                localizer["Ranking.Proposal"],
                localizer["SolverTeam.Heading"],
                localizer["SolverTeam.Organization"],
                localizer["Ranking.Raw"],
                localizer["Ranking.Normalized"],
                localizer["Ranking.Scorecards"],
                localizer["Ranking.Spread"],
                localizer["Ranking.Disagreement"],
                localizer["Ranking.MissingHeader"],
                localizer["Ranking.TieBreakHeader"],
            ]
        );
        foreach (var row in ranking.Rows)
        {
            Line(
                text,
                [
                    row.Rank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) + (row.RankShared ? "=" : "") : "",
                    row.ProposalTitle,
                    row.TeamName,
                    Organization(row.Organization),
                    row.RawScore?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                    row.NormalizedScore?.ToString("0.000", CultureInfo.InvariantCulture) ?? "",
                    row.ScorecardCount.ToString(CultureInfo.InvariantCulture),
                    row.Spread?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                    row.Disagreement ? "1" : "0",
                    string.Join("; ", row.MissingJudges),
                    row.TieBreak is { } tie ? localizer["Ranking.TieBrokenBy", tie.CriterionName, tie.PlacedAboveTitle] : "",
                ]
            );
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    // In the viewer's language; an organisation without a Chinese name keeps its English one.
    private static string Organization(TeamOrganization? organization) =>
        organization is null ? ""
        : Shared.Bilingual.IsChinese && organization.NameZh.Length > 0 ? organization.NameZh
        : organization.Name;

    private static void Line(StringBuilder text, IEnumerable<string> fields) =>
        text.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    /// <summary>RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a title as a formula.</summary>
    private static string Field(string value)
    {
        if (
            value.Length > 0
            && "=+-@\t\r".Contains(value[0])
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        )
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
