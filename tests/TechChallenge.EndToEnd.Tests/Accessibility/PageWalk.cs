using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Proposals;
using TechChallenge.TestSupport;

namespace TechChallenge.EndToEnd.Tests.Accessibility;

/// <summary>One page as one visitor sees it: its route template, the address filled from the demo data, who signs in.</summary>
public sealed record PageVisit(string Template, string Path, string? Visitor);

/// <summary>
/// Every page of the app, each opened by the person it is for (anonymous for public pages), with addresses taken from
/// the demo data. <see cref="EveryPageTests"/> checks the list against the app's route templates, so a new page
/// cannot be left out.
/// </summary>
public static class PageWalk
{
    private const string UnknownToken = "no-such-token";

    public static async Task<IReadOnlyList<PageVisit>> BuildAsync(TechChallengeApp app)
    {
        var ids = await app.WithDbAsync(async db =>
        {
            var users = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id);
            var open = await db
                .Challenges.Where(c => c.Status == ChallengeStatus.SubmissionsOpen && !c.IsConfidential)
                .OrderBy(c => c.Title)
                .Select(c => c.Id)
                .FirstAsync();
            var judging = await db.Challenges.Where(c => c.Status == ChallengeStatus.Judging).Select(c => c.Id).FirstAsync();
            var solverProposal = await db
                .Proposals.Where(p => p.StartedByUserId == users[DemoAccounts.Solver] && p.Status == ProposalStatus.Submitted)
                .Select(p => new { p.Id, p.VersionCount })
                .FirstAsync();
            var judged = await db
                .Proposals.Where(p => p.ChallengeId == judging && p.Status == ProposalStatus.Submitted)
                .Select(p => p.Id)
                .FirstAsync();
            var subCenter = await db.Challenges.Where(c => c.Id == judging).Select(c => c.SubCenterId).FirstAsync();
            return (open, judging, solverProposal.Id, solverProposal.VersionCount, judged, subCenter);
        });
        var (open, judging, proposal, version, judged, subCenter) = ids;
        string? anyone = null;
        return
        [
            new("/", "/", anyone),
            new("/challenges", "/challenges", anyone),
            new("/challenges/{Id:guid}", $"/challenges/{open}", anyone),
            new("/challenges/{Id:guid}", $"/challenges/{judging}", DemoAccounts.Solver),
            new("/verify", "/verify", anyone),
            new("/account/login", "/account/login", anyone),
            new("/account/register", "/account/register", anyone),
            new("/account/access-denied", "/account/access-denied", anyone),
            new("/not-found", "/not-found", anyone),
            new("/error", "/error", anyone),
            new("/invitations/{Token}", $"/invitations/{UnknownToken}", anyone),
            new("/judging/invitations/{Token}", $"/judging/invitations/{UnknownToken}", anyone),
            new("/organizations/join/{Token}", $"/organizations/join/{UnknownToken}", anyone),
            new("/organizations/verify/{Token}", $"/organizations/verify/{UnknownToken}", anyone),
            new("/unsubscribe/{Token}", $"/unsubscribe/{UnknownToken}", anyone),
            new("/challenges/{ChallengeId:guid}/propose", $"/challenges/{open}/propose", DemoAccounts.Solver),
            new("/proposals/mine", "/proposals/mine", DemoAccounts.Solver),
            new("/proposals/{Id:guid}", $"/proposals/{proposal}", DemoAccounts.Solver),
            new("/proposals/{Id:guid}/receipt/{Version:int}", $"/proposals/{proposal}/receipt/{version}", DemoAccounts.Solver),
            new("/account/organization", "/account/organization", DemoAccounts.Solver),
            new("/account/api-tokens", "/account/api-tokens", DemoAccounts.Solver),
            new("/account/profile", "/account/profile", DemoAccounts.Solver),
            new("/notifications", "/notifications", DemoAccounts.Solver),
            new("/notifications/settings", "/notifications/settings", DemoAccounts.Solver),
            new("/judging", "/judging", DemoAccounts.Judge),
            new("/judging/proposals/{ProposalId:guid}", $"/judging/proposals/{judged}", DemoAccounts.Judge),
            new("/judging/proposals/{ProposalId:guid}/rounds/{Round:int}", $"/judging/proposals/{judged}/rounds/1", DemoAccounts.Judge),
            new("/manage/challenges", "/manage/challenges", DemoAccounts.NantongManager),
            new("/manage/challenges/new", "/manage/challenges/new", DemoAccounts.NantongManager),
            new("/manage/challenges/{Id:guid}", $"/manage/challenges/{judging}", DemoAccounts.NantongManager),
            new("/manage/challenges/{Id:guid}/edit", $"/manage/challenges/{judging}/edit", DemoAccounts.NantongManager),
            new("/manage/challenges/{Id:guid}/panel", $"/manage/challenges/{judging}/panel", DemoAccounts.NantongManager),
            new("/manage/challenges/{Id:guid}/results-report", $"/manage/challenges/{judging}/results-report", DemoAccounts.NantongManager),
            new("/manage/team", "/manage/team", DemoAccounts.NantongManager),
            new("/manage/subcenters/{SubCenterId:guid}", $"/manage/subcenters/{subCenter}", DemoAccounts.Admin),
            new("/admin/reviews", "/admin/reviews", DemoAccounts.Admin),
            new("/admin/subcenters", "/admin/subcenters", DemoAccounts.Admin),
            new("/admin/organizations", "/admin/organizations", DemoAccounts.Admin),
            new("/admin/fields", "/admin/fields", DemoAccounts.Admin),
            new("/admin/mail", "/admin/mail", DemoAccounts.Admin),
            new("/admin/jobs", "/admin/jobs", DemoAccounts.Admin),
        ];
    }
}
