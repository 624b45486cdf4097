using TechChallenge.Domain.Challenges;

namespace TechChallenge.Domain.Tests.Challenges;

internal static class ChallengeFactory
{
    public static readonly DateTime Now = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);

    public static Challenge Publishable(DateTime? deadline = null) => new()
    {
        Title = "Graphene powder preparation process optimisation",
        CreatedByUserId = "manager",
        SubmissionDeadlineUtc = deadline ?? Now.AddDays(30),
        Criteria =
        [
            new ScoringCriterion { Name = "Technical feasibility", Weight = 60 },
            new ScoringCriterion { Name = "Cost", Weight = 40 },
        ],
    };

    public static Challenge InStatus(ChallengeStatus status)
    {
        var challenge = Publishable();
        var path = status switch
        {
            ChallengeStatus.Draft => [],
            ChallengeStatus.SubmissionsOpen => [ChallengeTrigger.Publish],
            ChallengeStatus.SubmissionsClosed => [ChallengeTrigger.Publish, ChallengeTrigger.CloseSubmissions],
            ChallengeStatus.Judging => [ChallengeTrigger.Publish, ChallengeTrigger.CloseSubmissions, ChallengeTrigger.StartJudging],
            ChallengeStatus.ResultsPublished => [ChallengeTrigger.Publish, ChallengeTrigger.CloseSubmissions, ChallengeTrigger.StartJudging, ChallengeTrigger.PublishResults],
            ChallengeStatus.Archived => [ChallengeTrigger.Publish, ChallengeTrigger.CloseSubmissions, ChallengeTrigger.StartJudging, ChallengeTrigger.PublishResults, ChallengeTrigger.Archive],
            ChallengeStatus.Cancelled => new[] { ChallengeTrigger.Cancel },
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var trigger in path)
        {
            var at = trigger == ChallengeTrigger.Publish ? Now : Now.AddDays(31);
            var outcome = challenge.Apply(trigger, at, "manager", "reason");
            Assert.True(outcome.Succeeded, $"setting up {status}: {trigger} refused with {outcome.Violation}");
        }

        Assert.Equal(status, challenge.Status);
        return challenge;
    }
}
