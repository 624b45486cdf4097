using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Challenges;

/// <summary>
/// The challenge lifecycle rules, in one place: which trigger may move a challenge from which state to which, and what
/// must hold first. <see cref="Challenge.Apply"/> is the only caller that changes a status.
/// </summary>
public static class ChallengeLifecycle
{
    public const decimal RequiredWeightTotal = 100m;

    private static readonly Dictionary<(ChallengeStatus From, ChallengeTrigger Trigger), ChallengeStatus> Transitions = new()
    {
        [(ChallengeStatus.Draft, ChallengeTrigger.Publish)] = ChallengeStatus.SubmissionsOpen,
        [(ChallengeStatus.SubmissionsOpen, ChallengeTrigger.CloseSubmissions)] = ChallengeStatus.SubmissionsClosed,
        [(ChallengeStatus.SubmissionsClosed, ChallengeTrigger.StartJudging)] = ChallengeStatus.Judging,
        [(ChallengeStatus.Judging, ChallengeTrigger.PublishResults)] = ChallengeStatus.ResultsPublished,
        [(ChallengeStatus.ResultsPublished, ChallengeTrigger.Archive)] = ChallengeStatus.Archived,
        [(ChallengeStatus.Draft, ChallengeTrigger.Cancel)] = ChallengeStatus.Cancelled,
        [(ChallengeStatus.SubmissionsOpen, ChallengeTrigger.Cancel)] = ChallengeStatus.Cancelled,
        [(ChallengeStatus.SubmissionsClosed, ChallengeTrigger.Cancel)] = ChallengeStatus.Cancelled,
        [(ChallengeStatus.Judging, ChallengeTrigger.Cancel)] = ChallengeStatus.Cancelled,
    };

    public static IReadOnlyCollection<(ChallengeStatus From, ChallengeTrigger Trigger, ChallengeStatus To)> AllowedTransitions =>
        Transitions.Select(t => (t.Key.From, t.Key.Trigger, t.Value)).ToArray();

    public static ChallengeStatus? Target(ChallengeStatus from, ChallengeTrigger trigger) =>
        Transitions.TryGetValue((from, trigger), out var to) ? to : null;

    /// <summary>Checks every rule for moving <paramref name="challenge"/> by <paramref name="trigger"/> at <paramref name="nowUtc"/>.</summary>
    public static Outcome<ChallengeStatus> Check(Challenge challenge, ChallengeTrigger trigger, DateTime nowUtc, string? reason)
    {
        if (Target(challenge.Status, trigger) is not { } target)
        {
            return Outcome<ChallengeStatus>.Refused(RuleCodes.TransitionNotAllowed, challenge.Status, trigger);
        }

        var guard = trigger switch
        {
            ChallengeTrigger.Publish => CheckPublishable(challenge, nowUtc),
            ChallengeTrigger.CloseSubmissions => nowUtc >= challenge.SubmissionDeadlineUtc
                ? null
                : new RuleViolation(RuleCodes.DeadlineNotReached),
            ChallengeTrigger.Cancel => string.IsNullOrWhiteSpace(reason) ? new RuleViolation(RuleCodes.CancelReasonRequired) : null,
            _ => null,
        };
        return guard is null ? Outcome<ChallengeStatus>.Ok(target) : Outcome<ChallengeStatus>.Refused(guard);
    }

    /// <summary>What a challenge needs before solvers can see it: a title, a future deadline and sound criteria.</summary>
    public static RuleViolation? CheckPublishable(Challenge challenge, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(challenge.Title))
        {
            return new RuleViolation(RuleCodes.TitleRequired);
        }

        if (challenge.SubmissionDeadlineUtc is not { } deadline)
        {
            return new RuleViolation(RuleCodes.DeadlineRequired);
        }

        if (deadline <= nowUtc)
        {
            return new RuleViolation(RuleCodes.DeadlineInPast);
        }

        return CheckCriteria(challenge.Criteria);
    }

    public static RuleViolation? CheckCriteria(IReadOnlyCollection<ScoringCriterion> criteria)
    {
        if (criteria.Count == 0)
        {
            return new RuleViolation(RuleCodes.CriteriaRequired);
        }

        if (criteria.Any(c => string.IsNullOrWhiteSpace(c.Name)))
        {
            return new RuleViolation(RuleCodes.CriterionNameRequired);
        }

        if (criteria.Any(c => c.Weight <= 0))
        {
            return new RuleViolation(RuleCodes.CriterionWeightNotPositive);
        }

        var total = criteria.Sum(c => c.Weight);
        return total == RequiredWeightTotal ? null : new RuleViolation(RuleCodes.CriteriaWeightsMustSumTo100, total);
    }

    /// <summary>
    /// Whether a proposal may be submitted now. The deadline itself is checked, not only the status, so a submission
    /// is refused at the deadline even if the closing job has not run yet.
    /// </summary>
    public static RuleViolation? CheckAcceptsSubmissions(Challenge challenge, DateTime nowUtc)
    {
        if (challenge.Status != ChallengeStatus.SubmissionsOpen)
        {
            return challenge.Status is ChallengeStatus.Draft or ChallengeStatus.Cancelled
                ? new RuleViolation(RuleCodes.SubmissionsNotOpen)
                : new RuleViolation(RuleCodes.SubmissionsClosed, challenge.SubmissionDeadlineUtc!);
        }

        return nowUtc < challenge.SubmissionDeadlineUtc
            ? null
            : new RuleViolation(RuleCodes.SubmissionsClosed, challenge.SubmissionDeadlineUtc!);
    }

    /// <summary>Judges score only once submissions are closed and while judging runs.</summary>
    public static RuleViolation? CheckAcceptsScores(Challenge challenge) =>
        challenge.Status is ChallengeStatus.SubmissionsClosed or ChallengeStatus.Judging
            ? null
            : new RuleViolation(RuleCodes.ScoringNotOpen);
}
