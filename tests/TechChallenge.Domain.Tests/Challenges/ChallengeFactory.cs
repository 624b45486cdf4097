using TechChallenge.Domain.Challenges;

namespace TechChallenge.Domain.Tests.Challenges;

internal static class ChallengeFactory
{
    public static readonly DateTime Now = new(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Opens = Now.AddDays(1);
    public static readonly DateTime Deadline = Now.AddDays(30);
    public static readonly DateTime AfterDeadline = Now.AddDays(31);

    public static readonly LifecycleActor Manager = LifecycleActor.Manager("manager");
    public static readonly LifecycleActor Admin = LifecycleActor.Admin("admin");

    public static RoundPlan Round(string name, DateTime opens, DateTime closes, DateTime judgingOpens, DateTime judgingCloses) =>
        new(name, opens, closes, judgingOpens, judgingCloses);

    public static ChallengeContent Content() =>
        ChallengeContent.Empty("Graphene powder preparation process optimisation") with
        {
            Summary = "A scalable process that raises yield.",
            Statement = "Liquid-phase exfoliation yields below **8 %**.",
            Rounds = [Round("Preliminary review", Opens, Deadline, Deadline, Deadline.AddDays(14))],
            Criteria = [new CriterionPlan("Technical feasibility", "", 60), new CriterionPlan("Cost", "", 40)],
        };

    public static Challenge Draft(ChallengeContent? content = null)
    {
        var challenge = new Challenge
        {
            Title = "untitled",
            CreatedByUserId = "manager",
            CreatedAtUtc = Now,
        };
        var saved = challenge.Edit(content ?? Content(), [], Now, "manager");
        Assert.True(saved.Succeeded, $"draft refused: {saved.Violation}");
        return challenge;
    }

    /// <summary>
    /// When each trigger is pulled in the tests: the lifecycle's own clock for a challenge made by <see cref="Content"/>.
    /// </summary>
    public static DateTime TimeFor(ChallengeTrigger trigger) =>
        trigger switch
        {
            ChallengeTrigger.OpenSubmissions => Opens,
            ChallengeTrigger.CloseSubmissions => Deadline,
            ChallengeTrigger.StartJudging or ChallengeTrigger.PublishResults or ChallengeTrigger.Archive => AfterDeadline,
            _ => Now,
        };

    public static Challenge InStatus(ChallengeStatus status)
    {
        var challenge = Draft();
        ChallengeTrigger[] toPublished = [ChallengeTrigger.SubmitForReview, ChallengeTrigger.Approve, ChallengeTrigger.Publish];
        ChallengeTrigger[] toOpen = [.. toPublished, ChallengeTrigger.OpenSubmissions];
        ChallengeTrigger[] toClosed = [.. toOpen, ChallengeTrigger.CloseSubmissions];
        ChallengeTrigger[] toJudging = [.. toClosed, ChallengeTrigger.StartJudging];
        ChallengeTrigger[] path = status switch
        {
            ChallengeStatus.Draft => [],
            ChallengeStatus.SubmittedForReview => [ChallengeTrigger.SubmitForReview],
            ChallengeStatus.ReturnedForChanges => [ChallengeTrigger.SubmitForReview, ChallengeTrigger.ReturnForChanges],
            ChallengeStatus.Approved => [ChallengeTrigger.SubmitForReview, ChallengeTrigger.Approve],
            ChallengeStatus.Published => toPublished,
            ChallengeStatus.SubmissionsOpen => toOpen,
            ChallengeStatus.SubmissionsClosed => toClosed,
            ChallengeStatus.Judging => toJudging,
            ChallengeStatus.ResultsPublished => [.. toJudging, ChallengeTrigger.PublishResults],
            ChallengeStatus.Archived => [.. toJudging, ChallengeTrigger.PublishResults, ChallengeTrigger.Archive],
            ChallengeStatus.Cancelled => [ChallengeTrigger.Cancel],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var trigger in path)
        {
            var outcome = challenge.Apply(trigger, TimeFor(trigger), Admin, "reason");
            Assert.True(outcome.Succeeded, $"setting up {status}: {trigger} refused with {outcome.Violation}");
        }

        Assert.Equal(status, challenge.Status);
        return challenge;
    }
}
