using TechChallenge.Domain.Common;
using TechChallenge.Domain.Teams;

namespace TechChallenge.Domain.Tests.Teams;

public sealed class TeamTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid JiangnanUniversity = Guid.NewGuid();
    private static readonly Guid GrapheneInstitute = Guid.NewGuid();

    private static Team NewTeam() => Team.Found(Guid.NewGuid(), "Prof. Wang Yijun 王逸君", "wang", JiangnanUniversity, Now);

    [Fact]
    public void A_founded_team_is_its_lead_alone_with_the_leads_organisation()
    {
        var team = NewTeam();

        var lead = Assert.Single(team.Members);
        Assert.Equal(("wang", TeamRole.Lead, JiangnanUniversity), (lead.UserId, lead.Role, lead.OrganizationId));
        Assert.True(team.IsLead("wang"));
        Assert.Equal(team.ChallengeId, lead.ChallengeId);
    }

    [Fact]
    public void The_lead_invites_someone_from_another_organisation_who_joins_as_a_member()
    {
        var team = NewTeam();

        var invitation = team.Invite("wang", " Ma.Qing@JNGRI.cn ", ["wang@jiangnan.edu.cn"], Now).Value;
        var joined = team.Accept(invitation.Id, "ma", "ma.qing@jngri.cn", GrapheneInstitute, Now.AddHours(1));

        Assert.True(joined.Succeeded);
        Assert.Equal("ma.qing@jngri.cn", invitation.Email);
        Assert.Equal(TeamInvitationStatus.Accepted, invitation.Status);
        var member = team.Members.Single(m => m.UserId == "ma");
        Assert.Equal((TeamRole.Member, GrapheneInstitute), (member.Role, member.OrganizationId));
        Assert.Empty(team.PendingInvitations);
    }

    [Fact]
    public void Only_the_lead_invites_renames_revokes_and_removes_others()
    {
        var team = NewTeam();
        var invitation = team.Invite("wang", "ma@jngri.cn", [], Now).Value;
        team.Accept(invitation.Id, "ma", "ma@jngri.cn", null, Now);

        Assert.Equal(RuleCodes.TeamLeadOnly, team.Invite("ma", "li@jngri.cn", [], Now).Violation?.Code);
        Assert.Equal(RuleCodes.TeamLeadOnly, team.Rename("ma", "Graphene heat").Violation?.Code);
        Assert.Equal(RuleCodes.TeamLeadOnly, team.Remove("ma", "wang", DateTime.UtcNow).Violation?.Code);
        var pending = team.Invite("wang", "li@jngri.cn", [], Now).Value;
        Assert.Equal(RuleCodes.TeamLeadOnly, team.RevokeInvitation("ma", pending.Id, Now).Violation?.Code);
        Assert.True(team.RevokeInvitation("wang", pending.Id, Now).Succeeded);
        Assert.Equal(TeamInvitationStatus.Revoked, pending.Status);
    }

    [Fact]
    public void A_member_may_leave_but_the_lead_can_neither_leave_nor_be_removed()
    {
        var team = NewTeam();
        team.Accept(team.Invite("wang", "ma@jngri.cn", [], Now).Value.Id, "ma", "ma@jngri.cn", null, Now);

        Assert.Equal(RuleCodes.TeamLeadCannotLeave, team.Remove("wang", "wang", DateTime.UtcNow).Violation?.Code);
        Assert.True(team.Remove("ma", "ma", DateTime.UtcNow).Succeeded);
        Assert.Equal("ma", Assert.Single(team.Departures).UserId);
        Assert.False(team.IsMember("ma"));
    }

    [Fact]
    public void An_invitation_is_for_its_address_only_and_works_once()
    {
        var team = NewTeam();
        var invitation = team.Invite("wang", "ma@jngri.cn", [], Now).Value;

        Assert.Equal(RuleCodes.InvitationForAnotherEmail, team.Accept(invitation.Id, "li", "li@jngri.cn", null, Now).Violation?.Code);
        Assert.True(team.Accept(invitation.Id, "ma", "MA@jngri.cn", null, Now).Succeeded);
        Assert.Equal(RuleCodes.InvitationInvalid, team.Accept(invitation.Id, "ma", "ma@jngri.cn", null, Now).Violation?.Code);
        Assert.Equal(RuleCodes.InvitationInvalid, team.Decline(invitation.Id, "ma@jngri.cn", Now).Violation?.Code);
    }

    [Fact]
    public void Inviting_twice_is_one_invitation_and_members_or_bad_addresses_are_refused()
    {
        var team = NewTeam();

        var first = team.Invite("wang", "ma@jngri.cn", [], Now).Value;
        var second = team.Invite("wang", "MA@jngri.cn", [], Now).Value;

        Assert.Same(first, second);
        Assert.Single(team.Invitations);
        Assert.Equal(
            RuleCodes.TeamAlreadyMember,
            team.Invite("wang", "wang@jiangnan.edu.cn", ["Wang@Jiangnan.edu.cn"], Now).Violation?.Code
        );
        Assert.Equal(RuleCodes.InvitationEmailInvalid, team.Invite("wang", "not an address", [], Now).Violation?.Code);
    }

    [Fact]
    public void A_team_holds_at_most_the_maximum_counting_open_invitations()
    {
        var team = NewTeam();
        for (var i = 1; i < Team.MaxMembers; i++)
        {
            Assert.True(team.Invite("wang", $"member{i}@jngri.cn", [], Now).Succeeded);
        }

        Assert.Equal(RuleCodes.TeamFull, team.Invite("wang", "one.more@jngri.cn", [], Now).Violation?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_team_needs_a_name(string name)
    {
        var team = NewTeam();

        Assert.Equal(RuleCodes.TeamNameInvalid, team.Rename("wang", name).Violation?.Code);
        Assert.Equal(RuleCodes.TeamNameInvalid, team.Rename("wang", new string('x', Team.MaxNameLength + 1)).Violation?.Code);
        Assert.True(team.Rename("wang", " 石墨烯散热团队 ").Succeeded);
        Assert.Equal("石墨烯散热团队", team.Name);
    }
}
