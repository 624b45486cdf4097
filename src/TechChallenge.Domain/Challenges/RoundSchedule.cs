using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Challenges;

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
        new(
            round.Name,
            round.SubmissionOpensUtc,
            round.SubmissionClosesUtc,
            round.JudgingOpensUtc,
            round.JudgingClosesUtc,
            round.AppealsClosesUtc,
            round.ResultsPublishUtc
        );
}
