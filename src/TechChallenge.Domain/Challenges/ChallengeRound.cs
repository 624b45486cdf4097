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
}

/// <summary>A round as an author plans it, before it belongs to a challenge.</summary>
public sealed record RoundPlan(string Name, DateTime SubmissionOpensUtc, DateTime SubmissionClosesUtc, DateTime JudgingOpensUtc, DateTime JudgingClosesUtc);

/// <summary>The rules a challenge's timeline must follow.</summary>
public static class RoundSchedule
{
    /// <summary>
    /// Each window opens before it closes; judging starts once that round's submissions have closed; a round starts
    /// only after the previous round's judging has closed; no submission window closes in the past. Round 1 may
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

            if (i > 0 && round.SubmissionOpensUtc < rounds[i - 1].JudgingClosesUtc)
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
        new(round.Name, round.SubmissionOpensUtc, round.SubmissionClosesUtc, round.JudgingOpensUtc, round.JudgingClosesUtc);
}

public enum MilestoneKind
{
    SubmissionsOpen,
    SubmissionsClose,
    JudgingOpens,
    JudgingCloses,
}

/// <summary>A dated step on a challenge's timeline.</summary>
public sealed record Milestone(int Round, MilestoneKind Kind, DateTime AtUtc);

public static class ChallengeTimeline
{
    /// <summary>Every round's four dates, in time order.</summary>
    public static IReadOnlyList<Milestone> Milestones(IEnumerable<RoundPlan> rounds) =>
        rounds.SelectMany((r, i) => new[]
            {
                new Milestone(i + 1, MilestoneKind.SubmissionsOpen, r.SubmissionOpensUtc),
                new Milestone(i + 1, MilestoneKind.SubmissionsClose, r.SubmissionClosesUtc),
                new Milestone(i + 1, MilestoneKind.JudgingOpens, r.JudgingOpensUtc),
                new Milestone(i + 1, MilestoneKind.JudgingCloses, r.JudgingClosesUtc),
            })
            .OrderBy(m => m.AtUtc)
            .ThenBy(m => m.Kind)
            .ToList();

    /// <summary>The next milestone strictly after <paramref name="nowUtc"/>, for the countdown; null when all have passed.</summary>
    public static Milestone? Next(IEnumerable<RoundPlan> rounds, DateTime nowUtc) =>
        Milestones(rounds).FirstOrDefault(m => m.AtUtc > nowUtc);
}
