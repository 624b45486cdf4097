using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Organizations;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.SubCenters;
using TechChallenge.Infrastructure.Teams;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// Teams that own proposals, solver organisations, deadline extensions and a challenge's own file rules, through the
/// real services on SQLite and PostgreSQL, with the denials each one must hold.
/// </summary>
public abstract partial class TeamsAndExtensionsTests<TFixture>(TFixture fixture) : AppTests<TFixture>(fixture)
    where TFixture : AppFixture
{
    private async Task<(Actor Actor, string Email)[]> SolversAsync(int count)
    {
        var created = await ApiSolvers.CreateAsync(App, count, $"team-{Guid.NewGuid():N}"[..13], parallelism: 1);
        return [.. created.Select(s => (new Actor(s.UserId, new HashSet<string> { Roles.Solver }, null, null), s.Email))];
    }

    private static UploadedFile Pdf(string name, int bytes) =>
        new(name, "application/pdf", bytes, () => new MemoryStream([.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), .. new byte[bytes - 9]]));

    private Task<List<NotificationKind>> NotificationsAsync(string userId, Guid? challengeId) =>
        App.WithDbAsync(db =>
            db.Notifications.Where(n => n.UserId == userId && n.ChallengeId == challengeId).Select(n => n.Kind).ToListAsync()
        );

    [SkippableFact]
    public async Task A_member_invited_from_another_organisation_edits_and_submits_the_teams_proposal_and_outsiders_never_see_it()
    {
        SkipIfUnavailable();
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(5), $"Teams {Guid.NewGuid():N}")
        );
        var lead = await App.ActorAsync(DemoAccounts.Solver);
        var member = await App.ActorAsync(DemoAccounts.Solver2);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var outsider = (await SolversAsync(1))[0].Actor;

        var draft = await Use<ProposalDrafts, Outcome<ProposalDraft>>(p =>
            p.SaveDraftAsync(lead, challengeId, new DraftInput(0, "Graphene heat spreader", "Shared draft", []))
        );
        Assert.True(draft.Succeeded, draft.Violation?.ToString());
        var invited = await Use<TeamService, Outcome<TeamView>>(t => t.InviteAsync(lead, challengeId, DemoAccounts.Solver2));
        Assert.True(invited.Succeeded, invited.Violation?.ToString());
        Assert.Contains(NotificationKind.TeamInvitation, await NotificationsAsync(member.UserId!, challengeId));

        var invitation = Assert.Single(await Use<TeamService, IReadOnlyList<InvitationToTeam>>(t => t.ListInvitationsAsync(member)), i =>
            i.ChallengeId == challengeId
        );
        Assert.Empty(await Use<TeamService, IReadOnlyList<InvitationToTeam>>(t => t.ListInvitationsAsync(outsider)));
        Assert.Equal(
            RuleCodes.InvitationForAnotherEmail,
            (await Use<TeamService, Outcome>(t => t.AcceptAsync(outsider, invitation.Id))).Violation?.Code
        );
        Assert.True((await Use<TeamService, Outcome>(t => t.AcceptAsync(member, invitation.Id))).Succeeded);
        Assert.Equal(
            RuleCodes.TeamLeadOnly,
            (await Use<TeamService, Outcome<TeamView>>(t => t.InviteAsync(member, challengeId, "colleague@jngri.cn"))).Violation?.Code
        );

        // Every member's role and organisation is visible to the team.
        var team = (await Use<TeamService, TeamView?>(t => t.GetMineAsync(member, challengeId)))!;
        Assert.Equal(
            [(TeamRole.Lead, "Jiangnan University"), (TeamRole.Member, "Jiangnan Graphene Research Institute")],
            team.Members.Select(m => (m.Role, m.OrganizationName!))
        );

        // The member works on the same draft; a save from a revision the lead has moved past is refused, not merged.
        var seen = (await Use<ProposalReads, ProposalDraft?>(p => p.GetDraftAsync(member, challengeId)))!;
        Assert.Equal((draft.Value.Id, "Graphene heat spreader"), (seen.Id, seen.Title));
        Assert.True(
            (
                await Use<ProposalDrafts, Outcome<ProposalDraft>>(p =>
                    p.SaveDraftAsync(lead, challengeId, new DraftInput(seen.Revision, "Graphene heat spreader v2", "Lead's edit", []))
                )
            ).Succeeded
        );
        Assert.Equal(
            RuleCodes.ProposalEditedElsewhere,
            (
                await Use<ProposalDrafts, Outcome<ProposalDraft>>(p =>
                    p.SaveDraftAsync(member, challengeId, new DraftInput(seen.Revision, "Member's edit", "", []))
                )
            )
                .Violation
                ?.Code
        );

        var submitted = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
            services.SubmitCompleteAsync(member, challengeId, "Graphene heat spreader", "Team entry", [])
        );
        Assert.True(submitted.Succeeded, submitted.Violation?.ToString());
        Assert.Equal(draft.Value.Id, submitted.Value.ProposalId);
        Assert.Contains(NotificationKind.SubmissionReceipt, await NotificationsAsync(lead.UserId!, challengeId));
        Assert.Contains(NotificationKind.SubmissionReceipt, await NotificationsAsync(member.UserId!, challengeId));

        var organiserView = (await Use<ProposalReads, ProposalView?>(p => p.GetAsync(manager, submitted.Value.ProposalId)))!;
        Assert.Equal(2, organiserView.Team!.Members.Count);
        Assert.Empty(organiserView.Team!.PendingInvitations);
        Assert.Null(await Use<ProposalReads, ProposalView?>(p => p.GetAsync(outsider, submitted.Value.ProposalId)));
        Assert.Null(await Use<ProposalReads, ProposalView?>(p => p.GetAsync(otherManager, submitted.Value.ProposalId)));
        Assert.Null(await Use<ProposalReads, ProposalView?>(p => p.GetAsync(Actor.Anonymous, submitted.Value.ProposalId)));
        Assert.Null(await Use<ProposalReads, ProposalDraft?>(p => p.GetDraftAsync(outsider, challengeId)));
        Assert.Equal(
            RuleCodes.TeamNotMember,
            (await Use<TeamService, Outcome<TeamView>>(t => t.RemoveAsync(outsider, challengeId, member.UserId!))).Violation?.Code
        );

        // Removed, the member loses the entry at once.
        Assert.Equal(
            RuleCodes.TeamLeadOnly,
            (await Use<TeamService, Outcome<TeamView>>(t => t.RemoveAsync(member, challengeId, lead.UserId!))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.TeamLeadCannotLeave,
            (await Use<TeamService, Outcome<TeamView>>(t => t.RemoveAsync(lead, challengeId, lead.UserId!))).Violation?.Code
        );
        Assert.True((await Use<TeamService, Outcome<TeamView>>(t => t.RemoveAsync(lead, challengeId, member.UserId!))).Succeeded);
        Assert.Null(await Use<ProposalReads, ProposalView?>(p => p.GetAsync(member, submitted.Value.ProposalId)));
        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<ProposalSubmission, Outcome>(p => p.WithdrawAsync(member, challengeId))).Violation?.Code
        );
    }

    [SkippableFact]
    public async Task A_solver_already_in_a_team_for_the_challenge_cannot_join_another()
    {
        SkipIfUnavailable();
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(5), $"One team {Guid.NewGuid():N}")
        );
        var solvers = await SolversAsync(2);
        var (first, second) = (solvers[0], solvers[1]);
        await Use<ProposalDrafts, Outcome<ProposalDraft>>(p =>
            p.SaveDraftAsync(first.Actor, challengeId, new DraftInput(0, "First's own entry", "", []))
        );
        await Use<TeamService, Outcome<TeamView>>(t => t.InviteAsync(second.Actor, challengeId, first.Email));
        var invitation = (await Use<TeamService, IReadOnlyList<InvitationToTeam>>(t => t.ListInvitationsAsync(first.Actor))).Single(i =>
            i.ChallengeId == challengeId
        );

        var accepted = await Use<TeamService, Outcome>(t => t.AcceptAsync(first.Actor, invitation.Id));

        Assert.Equal(RuleCodes.TeamOtherTeam, accepted.Violation?.Code);
        Assert.True((await Use<TeamService, Outcome>(t => t.DeclineAsync(first.Actor, invitation.Id))).Succeeded);
        Assert.DoesNotContain(await Use<TeamService, IReadOnlyList<InvitationToTeam>>(t => t.ListInvitationsAsync(first.Actor)), i =>
            i.ChallengeId == challengeId
        );
    }

    [SkippableFact]
    public async Task An_extension_lets_one_team_submit_after_the_close_while_others_are_refused_and_decisions_are_notified()
    {
        SkipIfUnavailable();
        var deadline = DateTime.UtcNow.AddSeconds(8);
        var content = ChallengeScenarios.Content(deadline, $"Extensions {Guid.NewGuid():N}") with
        {
            Rounds = [new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline.AddDays(2), deadline.AddDays(14))],
        };
        var challengeId = await ChallengeScenarios.PublishAsync(App, content);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var solvers = await SolversAsync(2);
        var (late, onTime) = (solvers[0].Actor, solvers[1].Actor);
        foreach (var solver in new[] { late, onTime })
        {
            var saved = await Use<ProposalDrafts, Outcome<ProposalDraft>>(p =>
                p.SaveDraftAsync(solver, challengeId, new DraftInput(0, "Entry", "", []))
            );
            Assert.True(saved.Succeeded, saved.Violation?.ToString());
        }

        Assert.Equal(
            RuleCodes.ExtensionIntoJudging,
            (await Use<ExtensionRequests, Outcome>(e => e.RequestAsync(late, challengeId, deadline.AddDays(3), "Samples held at customs")))
                .Violation
                ?.Code
        );
        Assert.True(
            (
                await Use<ExtensionRequests, Outcome>(e =>
                    e.RequestAsync(late, challengeId, deadline.AddHours(2), "Samples held at customs")
                )
            ).Succeeded
        );
        Assert.Equal(
            RuleCodes.ExtensionAlreadyRequested,
            (await Use<ExtensionRequests, Outcome>(e => e.RequestAsync(late, challengeId, deadline.AddHours(2), "Again"))).Violation?.Code
        );
        Assert.True(
            (
                await Use<ExtensionRequests, Outcome>(e =>
                    e.RequestAsync(onTime, challengeId, deadline.AddHours(1), "We would like more time")
                )
            ).Succeeded
        );
        Assert.Contains(NotificationKind.ExtensionRequested, await NotificationsAsync(manager.UserId!, challengeId));

        Assert.Null(await Use<ExtensionService, ChallengeExtensions?>(e => e.ListAsync(otherManager, challengeId)));
        Assert.Null(await Use<ExtensionService, ChallengeExtensions?>(e => e.ListAsync(late, challengeId)));
        var requests = (await Use<ExtensionService, ChallengeExtensions?>(e => e.ListAsync(manager, challengeId)))!.Requests;
        var lateRequest = requests.Single(r => r.Reason == "Samples held at customs");
        var otherRequest = requests.Single(r => r.Reason == "We would like more time");
        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<ExtensionRequests, Outcome>(e => e.DecideAsync(otherManager, lateRequest.Id, true, null, null))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<ExtensionRequests, Outcome>(e => e.DecideAsync(late, lateRequest.Id, true, null, null))).Violation?.Code
        );
        Assert.True(
            (
                await Use<ExtensionRequests, Outcome>(e =>
                    e.DecideAsync(manager, lateRequest.Id, true, deadline.AddHours(1), "One hour, not two")
                )
            ).Succeeded
        );
        Assert.Equal(
            RuleCodes.ReviewCommentRequired,
            (await Use<ExtensionRequests, Outcome>(e => e.DecideAsync(manager, otherRequest.Id, false, null, " "))).Violation?.Code
        );
        Assert.True(
            (
                await Use<ExtensionRequests, Outcome>(e =>
                    e.DecideAsync(manager, otherRequest.Id, false, null, "Every team had the same time")
                )
            ).Succeeded
        );
        Assert.Contains(NotificationKind.ExtensionDecision, await NotificationsAsync(late.UserId!, challengeId));
        Assert.Contains(NotificationKind.ExtensionDecision, await NotificationsAsync(onTime.UserId!, challengeId));

        await App.WaitForChallengeStatusAsync(challengeId, ChallengeStatus.SubmissionsClosed, TimeSpan.FromSeconds(60));

        var extended = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
            services.SubmitCompleteAsync(late, challengeId, "Late but allowed", "Extended", [])
        );
        var refused = await Use<IServiceProvider, Outcome<SubmittedVersion>>(services =>
            services.SubmitCompleteAsync(onTime, challengeId, "Too late", "Not extended", [])
        );
        Assert.True(extended.Succeeded, extended.Violation?.ToString());
        Assert.True(extended.Value.SubmittedAtUtc > deadline);
        Assert.Equal(RuleCodes.SubmissionsClosed, refused.Violation?.Code);
        var deadlines = (await Use<ExtensionService, TeamDeadline?>(e => e.GetTeamDeadlineAsync(late, challengeId)))!;
        Assert.Equal((ExtensionRequestStatus.Granted, "One hour, not two"), (deadlines.LatestRequest!.Status, deadlines.ExtensionReason));
        Assert.True(Math.Abs((deadlines.ExtendedUntilUtc!.Value - deadline.AddHours(1)).TotalSeconds) < 1);
    }

    [SkippableFact]
    public async Task Extending_the_whole_challenge_moves_its_deadline_with_the_reason_in_the_change_log()
    {
        SkipIfUnavailable();
        var deadline = DateTime.UtcNow.AddDays(5);
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(deadline, $"Whole extension {Guid.NewGuid():N}") with
            {
                Rounds = [new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline.AddDays(3), deadline.AddDays(14))],
            }
        );
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var otherManager = await App.ActorAsync(DemoAccounts.ZunyiManager);
        var newDeadline = deadline.AddDays(2);

        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<ExtensionService, Outcome>(e => e.ExtendChallengeAsync(otherManager, challengeId, newDeadline, "No")))
                .Violation
                ?.Code
        );
        Assert.Equal(
            RuleCodes.ExtensionReasonRequired,
            (await Use<ExtensionService, Outcome>(e => e.ExtendChallengeAsync(manager, challengeId, newDeadline, ""))).Violation?.Code
        );
        Assert.True(
            (
                await Use<ExtensionService, Outcome>(e =>
                    e.ExtendChallengeAsync(manager, challengeId, newDeadline, "Spring Festival holiday")
                )
            ).Succeeded
        );

        var revision = await App.WithDbAsync(db => db.ChallengeRevisions.Where(r => r.ChallengeId == challengeId).SingleAsync());
        Assert.Equal("Spring Festival holiday", revision.Note);
        Assert.True(revision.IsMaterial);
        Assert.True(Math.Abs((revision.NewDeadlineUtc!.Value - newDeadline).TotalSeconds) < 1);
    }

    [SkippableFact]
    public async Task A_challenges_file_rules_narrow_what_proposals_may_attach_and_cannot_exceed_the_platform()
    {
        SkipIfUnavailable();
        var strict = ChallengeScenarios.Content(DateTime.UtcNow.AddDays(5), $"File rules {Guid.NewGuid():N}") with
        {
            Files = new SubmissionFileRules(1, 2, "pdf"),
        };
        var challengeId = await ChallengeScenarios.PublishAsync(App, strict);
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var solver = (await SolversAsync(1))[0].Actor;
        const int megabyte = 1024 * 1024;

        async Task<string?> AttachAsync(UploadedFile file) =>
            (await Use<ProposalDrafts, Outcome<AttachmentView>>(p => p.AddAttachmentAsync(solver, challengeId, file))).Violation?.Code;

        Assert.Equal(
            RuleCodes.FileTypeNotAllowed,
            await AttachAsync(
                new UploadedFile("plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100, () =>
                    new MemoryStream(new byte[100])
                )
            )
        );
        Assert.Equal(RuleCodes.FileTooLarge, await AttachAsync(Pdf("big.pdf", (int)(1.5 * megabyte))));
        Assert.Null(await AttachAsync(Pdf("a.pdf", (int)(0.9 * megabyte))));
        Assert.Null(await AttachAsync(Pdf("b.pdf", (int)(0.9 * megabyte))));
        Assert.Equal(RuleCodes.ProposalFilesTooLarge, await AttachAsync(Pdf("c.pdf", (int)(0.9 * megabyte))));
        Assert.Equal(
            [".pdf"],
            (await Use<ProposalDrafts, Infrastructure.Storage.UploadPolicy?>(p => p.PolicyAsync(challengeId)))!.Extensions
        );

        var generous = await Use<ChallengeAuthoring, Outcome<Guid>>(c =>
            c.CreateDraftAsync(manager, strict with { Files = new SubmissionFileRules(500, null, "") })
        );
        Assert.Equal(RuleCodes.FileRulesInvalid, generous.Violation?.Code);
        var foreign = await Use<ChallengeAuthoring, Outcome<Guid>>(c =>
            c.CreateDraftAsync(manager, strict with { Files = new SubmissionFileRules(null, null, ".exe") })
        );
        Assert.Equal(RuleCodes.FileRulesInvalid, foreign.Violation?.Code);
    }

    [SkippableFact]
    public async Task An_organisation_is_verified_by_its_domain_or_an_admin_and_its_admins_alone_manage_members()
    {
        SkipIfUnavailable();
        var solvers = await SolversAsync(3);
        var (founder, invitee, stranger) = (solvers[0], solvers[1], solvers[2]);
        var admin = await App.ActorAsync(DemoAccounts.Admin);
        var domain = founder.Email[(founder.Email.IndexOf('@') + 1)..];

        var registered = await Use<OrganizationService, Outcome<Guid>>(o =>
            o.RegisterAsync(
                founder.Actor,
                new OrganizationInput("Nantong Institute of Technology", "南通理工学院", SolverOrganizationKind.University, domain)
            )
        );
        Assert.True(registered.Succeeded, registered.Violation?.ToString());
        Assert.Equal(
            RuleCodes.OrganizationAlreadyMember,
            (
                await Use<OrganizationService, Outcome<Guid>>(o =>
                    o.RegisterAsync(founder.Actor, new OrganizationInput("Twice", "", SolverOrganizationKind.Company, null))
                )
            )
                .Violation
                ?.Code
        );
        Assert.Equal(
            RuleCodes.OrganizationNotVerified,
            (await Use<OrganizationMembers, Outcome<CreatedInvitation>>(o => o.InviteAsync(founder.Actor, invitee.Email))).Violation?.Code
        );

        // The proof link goes only by mail, to the founder's address at the domain.
        var mail = await App.WithDbAsync(db =>
            db.OutboxMessages.Where(m => m.UserId == founder.Actor.UserId && m.Kind == NotificationKind.OrganizationDomainProof)
                .SingleAsync()
        );
        var token = ProofLink().Match(mail.Body).Groups[1].Value;
        Assert.Equal(
            RuleCodes.InvitationInvalid,
            (await Use<OrganizationService, Outcome<string>>(o => o.CompleteDomainProofAsync(token + "x"))).Violation?.Code
        );
        Assert.True((await Use<OrganizationService, Outcome<string>>(o => o.CompleteDomainProofAsync(token))).Succeeded);
        Assert.Equal(
            OrganizationVerification.DomainVerified,
            (await Use<OrganizationService, SolverOrganizationView?>(o => o.GetMineAsync(founder.Actor)))!.Verification
        );

        var invitation = await Use<OrganizationMembers, Outcome<CreatedInvitation>>(o => o.InviteAsync(founder.Actor, invitee.Email));
        Assert.True(invitation.Succeeded, invitation.Violation?.ToString());
        Assert.Equal(
            RuleCodes.InvitationForAnotherEmail,
            (await Use<OrganizationMembers, Outcome>(o => o.AcceptInvitationAsync(stranger.Actor, invitation.Value.Token))).Violation?.Code
        );
        Assert.True(
            (await Use<OrganizationMembers, Outcome>(o => o.AcceptInvitationAsync(invitee.Actor, invitation.Value.Token))).Succeeded
        );
        Assert.Equal(
            RuleCodes.InvitationInvalid,
            (await Use<OrganizationMembers, Outcome>(o => o.AcceptInvitationAsync(invitee.Actor, invitation.Value.Token))).Violation?.Code
        );

        // Members neither invite nor remove; the last admin cannot leave; an admin names another and then may.
        Assert.Equal(
            RuleCodes.OrganizationAdminOnly,
            (await Use<OrganizationMembers, Outcome<CreatedInvitation>>(o => o.InviteAsync(invitee.Actor, stranger.Email))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.OrganizationAdminOnly,
            (await Use<OrganizationMembers, Outcome>(o => o.RemoveAsync(invitee.Actor, founder.Actor.UserId!))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.NotFound,
            (await Use<OrganizationMembers, Outcome>(o => o.RemoveAsync(stranger.Actor, invitee.Actor.UserId!))).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.OrganizationLastAdmin,
            (await Use<OrganizationMembers, Outcome>(o => o.RemoveAsync(founder.Actor, founder.Actor.UserId!))).Violation?.Code
        );
        Assert.True(
            (
                await Use<OrganizationMembers, Outcome>(o => o.SetRoleAsync(founder.Actor, invitee.Actor.UserId!, OrganizationRole.Admin))
            ).Succeeded
        );
        Assert.True((await Use<OrganizationMembers, Outcome>(o => o.RemoveAsync(founder.Actor, founder.Actor.UserId!))).Succeeded);
        Assert.Null(await Use<OrganizationService, SolverOrganizationView?>(o => o.GetMineAsync(founder.Actor)));

        // Without a provable domain, an organisation waits for a platform admin, whom nobody else can stand in for.
        var pending = await Use<OrganizationService, Outcome<Guid>>(o =>
            o.RegisterAsync(
                stranger.Actor,
                new OrganizationInput("Zunyi Liquor Lab", "遵义酒业实验室", SolverOrganizationKind.Company, null)
            )
        );
        Assert.Empty(await Use<OrganizationService, IReadOnlyList<PendingOrganization>>(o => o.ListPendingAsync(stranger.Actor)));
        Assert.Contains(await Use<OrganizationService, IReadOnlyList<PendingOrganization>>(o => o.ListPendingAsync(admin)), p =>
            p.Id == pending.Value
        );
        Assert.Equal(
            RuleCodes.AccessDenied,
            (await Use<OrganizationService, Outcome>(o => o.ReviewAsync(stranger.Actor, pending.Value, true, null))).Violation?.Code
        );
        Assert.True((await Use<OrganizationService, Outcome>(o => o.ReviewAsync(admin, pending.Value, true, null))).Succeeded);
        Assert.Equal(
            OrganizationVerification.AdminApproved,
            (await Use<OrganizationService, SolverOrganizationView?>(o => o.GetMineAsync(stranger.Actor)))!.Verification
        );
    }

    [GeneratedRegex(@"/organizations/verify/([A-Za-z0-9_\-]+)")]
    private static partial Regex ProofLink();
}

[Trait("Database", "Sqlite")]
public sealed class SqliteTeamsAndExtensionsTests(SqliteAppFixture fixture)
    : TeamsAndExtensionsTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresTeamsAndExtensionsTests(PostgresAppFixture fixture)
    : TeamsAndExtensionsTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
