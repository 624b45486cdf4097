namespace TechChallenge.Domain.Challenges;

public static class ChallengeTimeline
{
    /// <summary>Every round's dates (four, plus appeals and results where planned), in time order.</summary>
    public static IReadOnlyList<Milestone> Milestones(IEnumerable<RoundPlan> rounds) =>
        rounds
            .SelectMany(
                (r, i) =>
                    new (MilestoneKind Kind, DateTime? AtUtc)[]
                    {
                        (MilestoneKind.SubmissionsOpen, r.SubmissionOpensUtc),
                        (MilestoneKind.SubmissionsClose, r.SubmissionClosesUtc),
                        (MilestoneKind.JudgingOpens, r.JudgingOpensUtc),
                        (MilestoneKind.JudgingCloses, r.JudgingClosesUtc),
                        (MilestoneKind.AppealsClose, r.AppealsClosesUtc),
                        (MilestoneKind.ResultsPublication, r.ResultsPublishUtc),
                    }
                        .Where(m => m.AtUtc is not null)
                        .Select(m => new Milestone(i + 1, m.Kind, m.AtUtc!.Value))
            )
            .OrderBy(m => m.AtUtc)
            .ThenBy(m => m.Round)
            .ThenBy(m => m.Kind)
            .ToList();

    /// <summary>The next milestone strictly after <paramref name="nowUtc"/>, for the countdown; null when all have passed.</summary>
    public static Milestone? Next(IEnumerable<RoundPlan> rounds, DateTime nowUtc) =>
        Milestones(rounds).FirstOrDefault(m => m.AtUtc > nowUtc);

    /// <summary>
    /// What a challenge in <paramref name="status"/> still waits for: the next milestone ahead that the lifecycle has not
    /// already passed (a challenge opened or closed earlier than planned does not count down to the planned date);
    /// nothing before publication, after the results or once cancelled, when there is nothing left to wait for.
    /// </summary>
    public static Milestone? Next(ChallengeStatus status, IEnumerable<RoundPlan> rounds, DateTime nowUtc) =>
        ChallengeLifecycle.IsClockRunning(status)
            ? Milestones(rounds).FirstOrDefault(m => m.AtUtc > nowUtc && !HasPassed(status, m))
            : null;

    private static bool HasPassed(ChallengeStatus status, Milestone milestone) =>
        (milestone.Round, milestone.Kind, status) switch
        {
            (1, MilestoneKind.SubmissionsOpen, not ChallengeStatus.Published) => true,
            (1, MilestoneKind.SubmissionsClose, ChallengeStatus.SubmissionsClosed or ChallengeStatus.Judging) => true,
            (1, MilestoneKind.JudgingOpens, ChallengeStatus.Judging) => true,
            _ => false,
        };
}
