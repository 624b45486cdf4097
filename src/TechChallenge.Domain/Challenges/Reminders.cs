namespace TechChallenge.Domain.Challenges;

/// <summary>Who a deadline reminder is for.</summary>
public enum ReminderAudience
{
    /// <summary>Solvers who registered but have not submitted, before the submission deadline.</summary>
    Solvers,

    /// <summary>Judges with scorecards outstanding (and the organisers, in summary), before judging closes.</summary>
    Judges,
}

/// <summary>One reminder the clock plans: for whom, how long before which deadline, and when that is.</summary>
public sealed record ReminderPlan(int Round, ReminderAudience Audience, TimeSpan Offset, DateTime Deadline)
{
    public DateTime AtUtc => Deadline - Offset;
}

/// <summary>How long before each deadline reminders go out.</summary>
public sealed record ReminderOffsets(IReadOnlyList<TimeSpan> Solvers, IReadOnlyList<TimeSpan> Judges)
{
    public static ReminderOffsets Default { get; } = new(
        [TimeSpan.FromHours(72), TimeSpan.FromHours(24), TimeSpan.FromHours(1)],
        [TimeSpan.FromHours(72), TimeSpan.FromHours(24)]);

    public IReadOnlyList<TimeSpan> For(ReminderAudience audience) => audience == ReminderAudience.Solvers ? Solvers : Judges;
}

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
            plans.AddRange(offsets.Solvers.Distinct().Select(o => new ReminderPlan(1, ReminderAudience.Solvers, o, round.SubmissionClosesUtc))
                .Where(p => p.AtUtc >= round.SubmissionOpensUtc));
        }

        foreach (var judged in challenge.Rounds.Where(r => !r.HasReached(MilestoneKind.JudgingCloses)))
        {
            plans.AddRange(offsets.Judges.Distinct().Select(o => new ReminderPlan(judged.Number, ReminderAudience.Judges, o, judged.JudgingClosesUtc))
                .Where(p => p.AtUtc >= judged.JudgingOpensUtc));
        }

        return plans.Where(p => p.AtUtc > nowUtc && p.Offset > TimeSpan.Zero).OrderBy(p => p.AtUtc).ToList();
    }

    /// <summary>
    /// Whether a reminder is still worth sending at <paramref name="nowUtc"/>: not after its deadline, and not once a
    /// closer reminder is also due (after downtime only the closest one goes out, not every missed one).
    /// </summary>
    public static bool IsStillDue(ReminderPlan plan, ReminderOffsets offsets, DateTime nowUtc) =>
        nowUtc < plan.Deadline
        && !offsets.For(plan.Audience).Any(o => o < plan.Offset && o > TimeSpan.Zero && plan.Deadline - o <= nowUtc);
}

/// <summary>
/// That one person was sent one reminder. Its key (challenge, round, audience, offset, user) is unique in the
/// database, so nobody is reminded twice for the same offset, even by two runs or across restarts.
/// </summary>
public sealed class ReminderLog
{
    public Guid ChallengeId { get; init; }
    public int Round { get; init; }
    public ReminderAudience Audience { get; init; }
    public int OffsetMinutes { get; init; }
    public required string UserId { get; init; }
    public DateTime SentAtUtc { get; init; }
}
