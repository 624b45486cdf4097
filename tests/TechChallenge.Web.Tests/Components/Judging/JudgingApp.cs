using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Organizations;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Components.Judging;

/// <summary>
/// One running app on SQLite for the judging components, with a challenge in judging for each test class: two entries,
/// one from a university's team (named after its lead, as teams are until renamed) and one from a solver on their own.
/// The challenges are made together so that one wait covers their submissions closing.
/// </summary>
public sealed class JudgingApp : SqliteAppFixture, IAsyncLifetime
{
    public const string Organization = "Jiangnan University";
    public const string OrganizationZh = "江南大学";

    private readonly Dictionary<string, JudgedChallenge> challenges = [];

    public Actor Manager { get; private set; } = default!;

    public (Actor Actor, string Email) Judge { get; private set; }

    public JudgedChallenge this[string name] => challenges[name];

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Manager = await App.ActorAsync(DemoAccounts.NantongManager);
        Judge = await App.NewUserAsync(Roles.Judge, displayName: "Judge Qian 钱");
        var organizationId = await App.WithDbAsync(async db =>
        {
            var organization = SolverOrganization
                .Register(Organization, OrganizationZh, SolverOrganizationKind.University, null, DateTime.UtcNow)
                .Value;
            db.SolverOrganizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

        var deadline = DateTime.UtcNow.AddSeconds(8);
        foreach (
            var name in new[]
            {
                "scorecard",
                "autosave",
                "locked",
                "blind",
                "panel",
                "results",
                "appeals",
                "shortlist",
                "feedback",
                "ranking",
            }
        )
        {
            var content = ChallengeScenarios.Content(deadline, $"{name} {Guid.NewGuid():N}"[..20]) with { BlindReview = name == "blind" };
            if (name == "appeals")
            {
                // Teams may appeal for three weeks after judging; the tests close judging early.
                content = content with
                {
                    Rounds =
                    [
                        new RoundPlan(
                            "Preliminary review",
                            deadline.AddDays(-30),
                            deadline,
                            deadline,
                            deadline.AddDays(14),
                            deadline.AddDays(21)
                        ),
                    ],
                };
            }

            if (name == "shortlist")
            {
                content = content with
                {
                    Rounds =
                    [
                        new RoundPlan("Preliminary review", deadline.AddDays(-30), deadline, deadline, deadline.AddDays(2)),
                        new RoundPlan(
                            "Final roadshow 路演",
                            deadline.AddDays(3),
                            deadline.AddDays(10),
                            deadline.AddDays(10),
                            deadline.AddDays(14)
                        ),
                    ],
                };
            }

            var challengeId = await ChallengeScenarios.PublishAsync(App, content, [Judge.Email]);
            var (lead, _) = await App.NewUserAsync(Roles.Solver, organizationId, displayName: "Wang Yijun 王逸君");
            var (single, _) = await App.NewUserAsync(Roles.Solver, displayName: "Ma Qing 马青");
            challenges[name] = new JudgedChallenge(
                challengeId,
                content.Title,
                lead,
                await SubmitAsync(lead, challengeId, "Silver paste A"),
                single,
                await SubmitAsync(single, challengeId, "Copper paste B")
            );
        }

        foreach (var challenge in challenges.Values)
        {
            var status = await App.WaitForChallengeStatusAsync(challenge.Id, ChallengeStatus.Judging, TimeSpan.FromSeconds(60));
            if (status != ChallengeStatus.Judging)
            {
                throw new InvalidOperationException($"Challenge {challenge.Title} is {status}, not in judging");
            }
        }
    }

    /// <summary>The judge scores both entries of <paramref name="challenge"/> on every criterion: A with 9, B with 5.</summary>
    public async Task ScoreAsync(JudgedChallenge challenge, decimal a = 9, decimal b = 5)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var scorecards = scope.ServiceProvider.GetRequiredService<JudgeScorecards>();
        var criteria = (await scorecards.GetScorecardAsync(Judge.Actor, challenge.EntryA))!.Criteria.Select(c => c.Id).ToList();
        foreach (var (entry, value) in new[] { (challenge.EntryA, a), (challenge.EntryB, b) })
        {
            var saved = await scorecards.SaveScorecardAsync(Judge.Actor, entry, criteria.ToDictionary(c => c, _ => value), null);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException($"Scoring refused: {saved.Violation}");
            }
        }
    }

    /// <summary>Ends <paramref name="challenge"/>'s judging window a minute ago, as the clock would.</summary>
    public Task CloseJudgingAsync(JudgedChallenge challenge) =>
        App.WithDbAsync(db =>
            db.ChallengeRounds.Where(r => r.ChallengeId == challenge.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.JudgingClosesUtc, DateTime.UtcNow.AddMinutes(-1)))
        );

    /// <summary>Saves the awards (entry A first, with an amount) and the score release, as the organisers would.</summary>
    public async Task SaveResultsAsync(JudgedChallenge challenge, bool releaseScores)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var saved = await scope
            .ServiceProvider.GetRequiredService<ResultsService>()
            .SaveDraftAsync(Manager, challenge.Id, [new AwardPlan(challenge.EntryA, 1, "一等奖 First prize", 100_000)], releaseScores);
        if (!saved.Succeeded)
        {
            throw new InvalidOperationException($"Results refused: {saved.Violation}");
        }
    }

    /// <summary>Publishes the results of <paramref name="challenge"/> as its organiser.</summary>
    public async Task PublishResultsAsync(JudgedChallenge challenge)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var moves = scope.ServiceProvider.GetRequiredService<ChallengeLifecycleMoves>();
        var published = await moves.TransitionAsync(Manager, challenge.Id, ChallengeTrigger.PublishResults);
        if (!published.Succeeded)
        {
            throw new InvalidOperationException($"Publication refused: {published.Violation}");
        }
    }

    private async Task<Guid> SubmitAsync(Actor author, Guid challengeId, string title)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var submitted = await scope.ServiceProvider.SubmitCompleteAsync(author, challengeId, title, "Route.", []);
        return submitted.Succeeded
            ? submitted.Value.ProposalId
            : throw new InvalidOperationException($"Submission refused: {submitted.Violation}");
    }
}

/// <summary>A challenge in judging with entry A (a university's team) and entry B (a solver on their own).</summary>
public sealed record JudgedChallenge(Guid Id, string Title, Actor LeadA, Guid EntryA, Actor AuthorB, Guid EntryB);

[CollectionDefinition(Name)]
public sealed class JudgingAppCollection : ICollectionFixture<JudgingApp>
{
    public const string Name = "Judging app";
}
