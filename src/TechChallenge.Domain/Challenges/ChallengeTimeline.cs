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
}
