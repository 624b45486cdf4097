using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Teams;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Teams;
using TechChallenge.Web.Tests.Components.Proposals;

namespace TechChallenge.Web.Tests.Components.Teams;

/// <summary>The solver's team panel: the lead invites, renames and removes; every other member only sees and may leave.</summary>
[Collection(ProposalAppCollection.Name)]
public sealed class TeamPanelTests(SqliteAppFixture fixture) : SolverPageTest(fixture)
{
    /// <summary>A team of a lead and one member who accepted the lead's invitation.</summary>
    private async Task<(Guid ChallengeId, Actor Lead, Actor Member)> TeamAsync()
    {
        var challengeId = await ChallengeAsync(DateTime.UtcNow.AddDays(5));
        var lead = await SolverAsync("Li Wei");
        var (member, email) = await SolverWithEmailAsync("Zhao Min");
        var invited = await UseAsync<TeamService, Outcome<TeamView>>(t => t.InviteAsync(lead, challengeId, email));
        Assert.True(invited.Succeeded, invited.Violation?.ToString());
        var invitation = invited.Value.PendingInvitations.Single();
        Assert.True((await UseAsync<TeamService, Outcome>(t => t.AcceptAsync(member, invitation.Id))).Succeeded);
        return (challengeId, lead, member);
    }

    private Task<TeamView?> TeamOfAsync(Actor actor, Guid challengeId) =>
        UseAsync<TeamService, TeamView?>(t => t.GetMineAsync(actor, challengeId));

    [Fact]
    public async Task The_lead_invites_by_email_and_renames_the_team()
    {
        var (challengeId, lead, _) = await TeamAsync();
        SignIn(lead, "Li Wei");
        var panel = RenderInApp<TeamPanel>(p => p.Add(x => x.ChallengeId, challengeId));

        Field(panel, "invite-email").Change("chen.jing@example.org");
        panel.Find("[data-testid=invite-member]").Click();
        panel.WaitForAssertion(() => Assert.Contains("chen.jing@example.org", panel.Find("[data-testid=team-invitation]").TextContent));
        Assert.Contains(
            "Invitation sent to chen.jing@example.org.",
            Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message)
        );

        Field(panel, "team-name-input").Change("Silver Lab 银浆课题组");
        panel.Find("[data-testid=rename-team]").Click();
        panel.WaitForAssertion(() => Assert.Equal("Silver Lab 银浆课题组", panel.Find("[data-testid=team-name]").TextContent.Trim()));

        var team = (await TeamOfAsync(lead, challengeId))!;
        Assert.Equal("Silver Lab 银浆课题组", team.Name);
        Assert.Equal("chen.jing@example.org", team.PendingInvitations.Single().Email);
    }

    [Fact]
    public async Task An_invitation_the_rules_refuse_shows_the_rule_text()
    {
        var (challengeId, lead, _) = await TeamAsync();
        SignIn(lead, "Li Wei");
        var panel = RenderInApp<TeamPanel>(p => p.Add(x => x.ChallengeId, challengeId));

        Field(panel, "invite-email").Change("not an address");
        panel.Find("[data-testid=invite-member]").Click();

        panel.WaitForAssertion(() => Assert.Contains("valid e-mail address", panel.Find("[data-testid=team-error]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=team-invitation]"));
    }

    [Fact]
    public async Task The_lead_removes_a_member_only_after_confirming()
    {
        var (challengeId, lead, member) = await TeamAsync();
        SignIn(lead, "Li Wei");
        var panel = RenderInApp<TeamPanel>(p => p.Add(x => x.ChallengeId, challengeId));
        var dialogs = Dialogs;

        panel.Find("[data-testid=remove-member]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Remove Zhao Min from the team?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        Assert.Equal(2, (await TeamOfAsync(lead, challengeId))!.Members.Count);

        panel.Find("[data-testid=remove-member]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Remove Zhao Min from the team?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Remove").Click();

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=team-member]")));
        Assert.Null(await TeamOfAsync(member, challengeId));
    }

    [Fact]
    public async Task A_member_sees_the_team_read_only_and_may_only_leave()
    {
        var (challengeId, _, member) = await TeamAsync();
        SignIn(member, "Zhao Min");

        var panel = RenderInApp<TeamPanel>(p => p.Add(x => x.ChallengeId, challengeId));

        Assert.Equal(
            [(TeamRole.Lead.ToString(), "Li Wei"), (TeamRole.Member.ToString(), "Zhao Min")],
            panel.FindAll("[data-testid=team-member]").Select(m => (m.GetAttribute("data-role")!, m.TextContent.Trim()))
        );
        foreach (
            var testId in new[] { "invite-member", "invite-email", "rename-team", "team-name-input", "remove-member", "revoke-invitation" }
        )
        {
            Assert.Empty(panel.FindAll($"[data-testid={testId}]"));
        }

        Assert.Contains("Only the team lead", panel.Find("[data-testid=team-read-only]").TextContent);
        Assert.Single(panel.FindAll("[data-testid=leave-team]"));
    }

    [Fact]
    public async Task A_closed_team_is_only_shown()
    {
        var (challengeId, lead, _) = await TeamAsync();
        SignIn(lead, "Li Wei");

        var panel = RenderInApp<TeamPanel>(p => p.Add(x => x.ChallengeId, challengeId).Add(x => x.Open, false));

        Assert.Equal(2, panel.FindAll("[data-testid=team-member]").Count);
        Assert.Empty(panel.FindAll("button"));
        Assert.Empty(panel.FindAll("input"));
        Assert.NotNull(panel.Find("[data-testid=team-closed]"));
    }
}
