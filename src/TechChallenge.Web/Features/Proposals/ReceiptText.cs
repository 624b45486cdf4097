using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Features.Proposals;

/// <summary>The receipt as plain text, the same on the receipt page and in the downloaded file.</summary>
public static class ReceiptText
{
    /// <summary>The organisations the team's members joined from, the lead's first, in the reader's language.</summary>
    public static string Organizations(ProposalReceipt receipt) =>
        string.Join("; ", receipt.TeamOrganizations.Select(o => Bilingual.Pick(o.Name, o.NameZh)));

    public static string Write(ProposalReceipt receipt, TimeZoneInfo zone, IStringLocalizer localizer, Uri verifyBase)
    {
        var text = new StringBuilder();
        text.AppendLine(localizer["Receipt.Heading"]);
        text.AppendLine();
        Line(localizer["Proposal.Id"], receipt.ProposalId.ToString());
        Line(localizer["Proposal.Version"], receipt.Version.ToString(CultureInfo.InvariantCulture));
        Line(localizer["Proposal.Challenge"], receipt.ChallengeTitle);
        Line(localizer["Proposal.TitleField"], receipt.Title);
        Line(localizer["SolverTeam.Heading"], receipt.TeamName);
        if (Organizations(receipt) is { Length: > 0 } organizations)
        {
            Line(localizer["SolverTeam.Organization"], organizations);
        }

        Line(
            localizer["Receipt.ReceivedUtc"],
            receipt.SubmittedAtUtc.ToString("yyyy-MM-dd HH:mm:ss.fff 'UTC'", CultureInfo.InvariantCulture)
        );
        Line(localizer["Receipt.ReceivedLocal"], UserTime.Format(receipt.SubmittedAtUtc, zone, localizer));
        Line(localizer["Proposal.ContentHash"], receipt.ContentSha256);
        text.AppendLine(localizer["Proposal.Attachments"] + ":");
        if (receipt.Files.Count == 0)
        {
            text.AppendLine("  —");
        }

        foreach (var file in receipt.Files)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {file.FileName} · {file.SizeBytes:N0} B · SHA-256 {file.Sha256}");
        }

        text.AppendLine();
        text.AppendLine(localizer["Receipt.VerifyAt", new Uri(verifyBase, $"verify?hash={receipt.ContentSha256}")]);
        return text.ToString();

        void Line(string label, string value) => text.AppendLine(CultureInfo.InvariantCulture, $"{label}: {value}");
    }
}
