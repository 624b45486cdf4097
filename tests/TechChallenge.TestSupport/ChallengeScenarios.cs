using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Regions;
using TechChallenge.Infrastructure.Challenges;

namespace TechChallenge.TestSupport;

/// <summary>Challenges as tests need them, made through the real services and the real review workflow.</summary>
public static class ChallengeScenarios
{
    public const string DefaultTitle = "Low-temperature sintering of silver paste";

    /// <summary>A complete challenge with one round whose submissions are open from now until <paramref name="deadlineUtc"/>.</summary>
    public static ChallengeContent Content(DateTime deadlineUtc, string title = DefaultTitle, DateTime? opensUtc = null) =>
        ChallengeContent.Empty(title) with
        {
            Summary = "A Nantong electronics maker needs silver paste that sinters below 200 °C.",
            Statement = "Full statement with **Markdown**.",
            TechnicalRequirements = "- Sheet resistance below 10 mΩ/sq",
            Type = ChallengeType.ReductionToPractice,
            AwardAmount = 100_000,
            AwardDescription = "Research contract",
            Region = RegionCode.Parse("320600"), // Nantong
            Enterprise = new EnterpriseInfo("Nantong Electronics Co.", "Electronics", "Nantong", false),
            Rounds =
            [
                new RoundPlan(
                    "Preliminary review",
                    opensUtc ?? deadlineUtc.AddDays(-30),
                    deadlineUtc,
                    deadlineUtc,
                    deadlineUtc.AddDays(14)
                ),
            ],
            Criteria =
            [
                new CriterionPlan("Conductivity", "Sheet resistance after sintering", 70),
                new CriterionPlan("Cost", "Cost per kg", 30),
            ],
        };

    /// <summary>Draft by the Nantong manager, submitted for review, approved by the admin, published by the manager.</summary>
    public static async Task<Guid> PublishAsync(
        TechChallengeApp app,
        ChallengeContent content,
        IReadOnlyList<string>? judgeEmails = null,
        string managerEmail = DemoAccounts.NantongManager
    )
    {
        await using var scope = app.Services.CreateAsyncScope();
        var challenges = scope.ServiceProvider.GetRequiredService<ChallengeAuthoring>();
        var moves = scope.ServiceProvider.GetRequiredService<ChallengeLifecycleMoves>();
        var manager = await app.ActorAsync(managerEmail);
        var admin = await app.ActorAsync(DemoAccounts.Admin);
        var created = await challenges.CreateDraftAsync(manager, content);
        Ensure(created);
        if (judgeEmails is { Count: > 0 })
        {
            var judges = new List<string>();
            foreach (var email in judgeEmails)
            {
                judges.Add((await app.ActorAsync(email)).UserId!);
            }

            Ensure(await challenges.SetJudgesAsync(manager, created.Value, judges));
        }

        Ensure(await moves.TransitionAsync(manager, created.Value, ChallengeTrigger.SubmitForReview));
        Ensure(await moves.TransitionAsync(admin, created.Value, ChallengeTrigger.Approve));
        Ensure(await moves.TransitionAsync(manager, created.Value, ChallengeTrigger.Publish));
        return created.Value;
    }

    private static void Ensure(Domain.Common.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Scenario step refused: {outcome.Violation}");
        }
    }
}
