using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Challenges;

/// <summary>
/// One round of a challenge (e.g. preliminary review, then a final roadshow), with its own submission window and
/// judging window. Times are UTC.
/// </summary>
public sealed class ChallengeRound
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; set; }

    /// <summary>1 for the first round.</summary>
    public int Number { get; set; }

    public required string Name { get; set; }
    public DateTime SubmissionOpensUtc { get; set; }
    public DateTime SubmissionClosesUtc { get; set; }
    public DateTime JudgingOpensUtc { get; set; }
    public DateTime JudgingClosesUtc { get; set; }

    /// <summary>When the window for appealing this round's scores closes, if the round has one.</summary>
    public DateTime? AppealsClosesUtc { get; set; }

    /// <summary>When the results are published by the clock, if scheduled (the last round only).</summary>
    public DateTime? ResultsPublishUtc { get; set; }

    /// <summary>How many judges score each entry, as last used for automatic assignment; null before any.</summary>
    public int? JudgesPerEntry { get; set; }

    /// <summary>The latest of this round's milestones the clock has applied; null before the first.</summary>
    public MilestoneKind? ReachedMilestone { get; set; }

    public bool HasReached(MilestoneKind kind) => ReachedMilestone >= kind;
}

/// <summary>A round as an author plans it, before it belongs to a challenge.</summary>
public sealed record RoundPlan(
    string Name,
    DateTime SubmissionOpensUtc,
    DateTime SubmissionClosesUtc,
    DateTime JudgingOpensUtc,
    DateTime JudgingClosesUtc,
    DateTime? AppealsClosesUtc = null,
    DateTime? ResultsPublishUtc = null)
{
    /// <summary>When the round is over: its last dated step.</summary>
    public DateTime EndsUtc => new[] { JudgingClosesUtc, AppealsClosesUtc ?? default, ResultsPublishUtc ?? default }.Max();
}

/// <summary>The rules a challenge's timeline must follow.</summary>
public static class RoundSchedule
{
    /// <summary>
    /// Each window opens before it closes; judging starts once that round's submissions have closed; appeals close
    /// after judging, and scheduled results (last round only) come after both; a round starts only after the previous
    /// one has ended; no submission window closes in the past. Round 1 may
    /// already have begun (it then opens on publication). Round numbers in messages are 1-based.
    /// </summary>
    public static RuleViolation? Check(IReadOnlyList<RoundPlan> rounds, DateTime nowUtc)
    {
        if (rounds.Count == 0)
        {
            return new RuleViolation(RuleCodes.RoundsRequired);
        }

        for (var i = 0; i < rounds.Count; i++)
        {
            var round = rounds[i];
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(round.Name))
            {
                return new RuleViolation(RuleCodes.RoundNameRequired, number);
            }

            if (round.SubmissionOpensUtc >= round.SubmissionClosesUtc || round.JudgingOpensUtc >= round.JudgingClosesUtc)
            {
                return new RuleViolation(RuleCodes.RoundWindowReversed, number);
            }

            if (round.JudgingOpensUtc < round.SubmissionClosesUtc)
            {
                return new RuleViolation(RuleCodes.RoundJudgingBeforeSubmissionsClose, number);
            }

            if (round.AppealsClosesUtc < round.JudgingClosesUtc)
            {
                return new RuleViolation(RuleCodes.RoundAppealsBeforeJudgingCloses, number);
            }

            if (round.ResultsPublishUtc is { } results && (results < round.JudgingClosesUtc || results < round.AppealsClosesUtc))
            {
                return new RuleViolation(RuleCodes.RoundResultsBeforeJudgingEnds, number);
            }

            if (round.ResultsPublishUtc is not null && i < rounds.Count - 1)
            {
                return new RuleViolation(RuleCodes.RoundResultsOnlyInLastRound, number);
            }

            if (i > 0 && round.SubmissionOpensUtc < rounds[i - 1].EndsUtc)
            {
                return new RuleViolation(RuleCodes.RoundsOverlap, number - 1, number);
            }

            if (round.SubmissionClosesUtc <= nowUtc)
            {
                return new RuleViolation(RuleCodes.RoundInPast, number);
            }
        }

        return null;
    }

    public static RoundPlan ToPlan(ChallengeRound round) =>
        new(round.Name, round.SubmissionOpensUtc, round.SubmissionClosesUtc, round.JudgingOpensUtc, round.JudgingClosesUtc, round.AppealsClosesUtc, round.ResultsPublishUtc);
}

/// <summary>A round's dated steps, in the order they happen within the round.</summary>
public enum MilestoneKind
{
    SubmissionsOpen,
    SubmissionsClose,
    JudgingOpens,
    JudgingCloses,
    AppealsClose,
    ResultsPublication,
}

/// <summary>A dated step on a challenge's timeline.</summary>
public sealed record Milestone(int Round, MilestoneKind Kind, DateTime AtUtc);

/// <summary>A milestone the clock applied, and the status it moved the challenge to when it moved it.</summary>
public sealed record ClockStep(Milestone Milestone, ChallengeStatus? MovedTo);

public static class ChallengeTimeline
{
    /// <summary>Every round's dates (four, plus appeals and results where planned), in time order.</summary>
    public static IReadOnlyList<Milestone> Milestones(IEnumerable<RoundPlan> rounds) =>
        rounds.SelectMany((r, i) => new (MilestoneKind Kind, DateTime? AtUtc)[]
            {
                (MilestoneKind.SubmissionsOpen, r.SubmissionOpensUtc),
                (MilestoneKind.SubmissionsClose, r.SubmissionClosesUtc),
                (MilestoneKind.JudgingOpens, r.JudgingOpensUtc),
                (MilestoneKind.JudgingCloses, r.JudgingClosesUtc),
                (MilestoneKind.AppealsClose, r.AppealsClosesUtc),
                (MilestoneKind.ResultsPublication, r.ResultsPublishUtc),
            }
            .Where(m => m.AtUtc is not null)
            .Select(m => new Milestone(i + 1, m.Kind, m.AtUtc!.Value)))
            .OrderBy(m => m.AtUtc)
            .ThenBy(m => m.Round)
            .ThenBy(m => m.Kind)
            .ToList();

    /// <summary>The next milestone strictly after <paramref name="nowUtc"/>, for the countdown; null when all have passed.</summary>
    public static Milestone? Next(IEnumerable<RoundPlan> rounds, DateTime nowUtc) =>
        Milestones(rounds).FirstOrDefault(m => m.AtUtc > nowUtc);
}
