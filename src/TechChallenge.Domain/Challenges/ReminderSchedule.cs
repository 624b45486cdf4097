namespace TechChallenge.Domain.Challenges;

/// <summary>
/// When reminders go out: solvers before round 1's submission deadline (only round 1 takes new entries), judges
/// before each round's judging close (every round has its own panel and scorecards).
/// A reminder is planned only while its window is open at that time, and never for a time already past: publishing
/// a challenge ten hours before its deadline plans the one-hour reminder, not the 72- and 24-hour ones.
/// </summary>
public static class ReminderSchedule
{
    public static IReadOnlyList<ReminderPlan> Plan(Challenge challenge, ReminderOffsets offsets, DateTime nowUtc)
    {
        if (!ChallengeLifecycle.IsClockRunning(challenge.Status) || challenge.Rounds.SingleOrDefault(r => r.Number == 1) is not { } round)
        {
            return [];
        }

        var plans = new List<ReminderPlan>();
        if (!round.HasReached(MilestoneKind.SubmissionsClose))
        {
            plans.AddRange(
                offsets
                    .Solvers.Distinct()
                    .Select(o => new ReminderPlan(1, ReminderAudience.Solvers, o, round.SubmissionClosesUtc))
                    .Where(p => p.AtUtc >= round.SubmissionOpensUtc)
            );
        }

        foreach (var judged in challenge.Rounds.Where(r => !r.HasReached(MilestoneKind.JudgingCloses)))
        {
            plans.AddRange(
                offsets
                    .Judges.Distinct()
                    .Select(o => new ReminderPlan(judged.Number, ReminderAudience.Judges, o, judged.JudgingClosesUtc))
                    .Where(p => p.AtUtc >= judged.JudgingOpensUtc)
            );
        }

        return plans.Where(p => p.AtUtc > nowUtc && p.Offset > TimeSpan.Zero).OrderBy(p => p.AtUtc).ToList();
    }

    /// <summary>
    /// Whether a reminder is still worth sending at <paramref name="nowUtc"/>: not after its deadline, and not once a
    /// closer reminder is also due (after downtime only the closest one goes out, not every missed one).
    /// </summary>
    public static bool IsStillDue(ReminderPlan plan, ReminderOffsets offsets, DateTime nowUtc) =>
        nowUtc < plan.Deadline && !offsets.For(plan.Audience).Any(o => o < plan.Offset && o > TimeSpan.Zero && plan.Deadline - o <= nowUtc);
}
