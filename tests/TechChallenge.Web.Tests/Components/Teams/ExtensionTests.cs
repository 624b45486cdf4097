using System.Globalization;
using Bunit;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Teams;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Teams;
using TechChallenge.Web.Tests.Components.Proposals;

namespace TechChallenge.Web.Tests.Components.Teams;

/// <summary>Deadline extensions: a team asks for more time; the organiser grants, refuses, or extends the whole challenge.</summary>
[Collection(ProposalAppCollection.Name)]
public sealed class ExtensionTests(SqliteAppFixture fixture) : SolverPageTest(fixture)
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // What Blazor reports of a datetime-local field (with seconds, unlike what the field shows), in the person's zone.
    private static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, China).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private async Task<(Guid ChallengeId, Actor Solver, DateTime Deadline)> DraftingTeamAsync()
    {
        var deadline = DateTime.UtcNow.AddDays(3).Date.AddHours(10);
        var challengeId = await ChallengeAsync(deadline, judgingOpensUtc: deadline.AddDays(4));
        var solver = await SolverAsync("Li Wei");
        var saved = await UseAsync<ProposalDrafts, Outcome<ProposalDraft>>(d =>
            d.SaveDraftAsync(solver, challengeId, new DraftInput(0, "Bimodal silver paste", "", []))
        );
        Assert.True(saved.Succeeded, saved.Violation?.ToString());
        return (challengeId, solver, deadline);
    }

    [Fact]
    public async Task A_team_asks_for_more_time_and_sees_its_request_waiting()
    {
        var (challengeId, solver, deadline) = await DraftingTeamAsync();
        SignIn(solver, "Li Wei");
        var panel = RenderInApp<ExtensionPanel>(p => p.Add(x => x.ChallengeId, challengeId).Add(x => x.MayAsk, true));

        panel.Find("[data-testid=ask-extension]").Click();
        Field(panel, "request-until").Change(Local(deadline.AddDays(1)));
        Field(panel, "request-reason").Change("Samples held at customs");
        // The field shows the time as the browser's picker wants it: no seconds.
        Assert.Equal(Local(deadline.AddDays(1))[..16], Field(panel, "request-until").GetAttribute("value"));
        panel.Find("[data-testid=request-extension]").Click();

        panel.WaitForAssertion(() =>
            Assert.Equal(nameof(ExtensionRequestStatus.Pending), panel.Find("[data-testid=extension-status]").GetAttribute("data-status"))
        );
        Assert.Empty(panel.FindAll("[data-testid=ask-extension]"));
        var request = (await UseAsync<ExtensionService, TeamDeadline?>(e => e.GetTeamDeadlineAsync(solver, challengeId)))!.LatestRequest!;
        Assert.Equal(("Samples held at customs", deadline.AddDays(1)), (request.Reason, request.RequestedUntilUtc));
    }

    [Fact]
    public async Task A_request_the_rules_refuse_shows_the_rule_text_and_none_is_offered_when_no_time_could_be_granted()
    {
        var (challengeId, solver, deadline) = await DraftingTeamAsync();
        SignIn(solver, "Li Wei");
        var panel = RenderInApp<ExtensionPanel>(p => p.Add(x => x.ChallengeId, challengeId).Add(x => x.MayAsk, true));

        panel.Find("[data-testid=ask-extension]").Click();
        Field(panel, "request-until").Change(Local(deadline.AddDays(5)));
        Field(panel, "request-reason").Change("Samples held at customs");
        panel.Find("[data-testid=request-extension]").Click();

        panel.WaitForAssertion(() => Assert.Contains("cannot run into judging", panel.Find("[data-testid=extension-error]").TextContent));
        Assert.Null((await UseAsync<ExtensionService, TeamDeadline?>(e => e.GetTeamDeadlineAsync(solver, challengeId)))!.LatestRequest);

        var closed = Render<ExtensionPanel>(p => p.Add(x => x.ChallengeId, challengeId).Add(x => x.MayAsk, false));
        Assert.Empty(closed.FindAll("[data-testid=extension-panel]"));
    }

    [Fact]
    public async Task The_organiser_refuses_only_with_a_note_and_grants_a_request()
    {
        var (challengeId, solver, deadline) = await DraftingTeamAsync();
        Assert.True(
            (await UseAsync<ExtensionRequests, Outcome>(r => r.RequestAsync(solver, challengeId, deadline.AddDays(1), "Customs"))).Succeeded
        );
        SignIn(await App.ActorAsync(DemoAccounts.NantongManager), "Nantong manager");
        var section = RenderInApp<ExtensionsSection>(p => p.Add(x => x.ChallengeId, challengeId));

        section.Find("[data-testid=refuse-request]").Click();
        section.WaitForAssertion(() => Assert.NotEmpty(section.Find("[data-testid=extension-error]").TextContent.Trim()));
        Assert.Equal(nameof(ExtensionRequestStatus.Pending), section.Find("[data-testid=extension-request]").GetAttribute("data-status"));

        Field(section, "decision-note").Change("One day, as asked");
        section.Find("[data-testid=grant-request]").Click();

        section.WaitForAssertion(() =>
            Assert.Equal(
                nameof(ExtensionRequestStatus.Granted),
                section.Find("[data-testid=extension-request]").GetAttribute("data-status")
            )
        );
        Assert.Contains("Li Wei", section.Find("[data-testid=granted-extension]").TextContent);
        var team = (await UseAsync<ExtensionService, TeamDeadline?>(e => e.GetTeamDeadlineAsync(solver, challengeId)))!;
        Assert.Equal(deadline.AddDays(1), team.ExtendedUntilUtc);
    }

    [Fact]
    public async Task Extending_the_whole_challenge_asks_first_then_moves_its_deadline()
    {
        var (challengeId, _, deadline) = await DraftingTeamAsync();
        SignIn(await App.ActorAsync(DemoAccounts.NantongManager), "Nantong manager");
        var changed = 0;
        var section = RenderInApp<ExtensionsSection>(p => p.Add(x => x.ChallengeId, challengeId).Add(x => x.Changed, () => changed++));
        var dialogs = Dialogs;
        var later = deadline.AddDays(2);

        Field(section, "extension-until").Change(Local(later));
        Field(section, "extension-reason").Change("Holiday week");
        section.Find("[data-testid=extend]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Extend the whole challenge?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        Assert.Equal(deadline, (await UseAsync<ProposalReads, ProposalFormView?>(r => r.FormAsync(challengeId)))!.DeadlineUtc);

        section.Find("[data-testid=extend]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Extend the whole challenge?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Extend").Click();

        section.WaitForAssertion(() => Assert.Equal(1, changed), TimeSpan.FromSeconds(10));
        Assert.Equal(later, (await UseAsync<ProposalReads, ProposalFormView?>(r => r.FormAsync(challengeId)))!.DeadlineUtc);
    }
}
