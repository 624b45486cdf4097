using System.Globalization;
using Bunit;
using TechChallenge.Domain.Challenges;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>Every stage has a name in both languages and a theme colour of its own.</summary>
public sealed class ChallengeStatusBadgeTests : AppComponentTest
{
    [Theory]
    [InlineData(ChallengeStatus.Draft, "Draft", "default")]
    [InlineData(ChallengeStatus.SubmittedForReview, "Submitted for review", "secondary")]
    [InlineData(ChallengeStatus.ReturnedForChanges, "Returned for changes", "default")]
    [InlineData(ChallengeStatus.Approved, "Approved", "secondary")]
    [InlineData(ChallengeStatus.Published, "Published", "primary")]
    [InlineData(ChallengeStatus.SubmissionsOpen, "Open for submissions", "success")]
    [InlineData(ChallengeStatus.SubmissionsClosed, "Submissions closed", "warning")]
    [InlineData(ChallengeStatus.Judging, "Judging", "warning")]
    [InlineData(ChallengeStatus.ResultsPublished, "Results published", "info")]
    [InlineData(ChallengeStatus.Cancelled, "Cancelled", "error")]
    public void Every_status_has_a_label_and_a_colour(ChallengeStatus status, string label, string colour)
    {
        var badge = RenderInApp<ChallengeStatusBadge>(p => p.Add(x => x.Status, status)).Find("[data-testid=challenge-status]");

        Assert.Equal(label, badge.TextContent.Trim());
        Assert.Contains($"mud-chip-color-{colour}", badge.ClassName);
    }

    [Fact]
    public void Every_status_has_a_Chinese_label()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

        foreach (var status in Enum.GetValues<ChallengeStatus>())
        {
            // A bare chip needs none of the providers RenderInApp adds (and they are added once per test).
            var text = Render<ChallengeStatusBadge>(p => p.Add(x => x.Status, status))
                .Find("[data-testid=challenge-status]")
                .TextContent.Trim();
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", text);
        }
    }
}
