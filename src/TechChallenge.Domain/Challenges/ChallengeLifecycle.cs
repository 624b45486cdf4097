using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Challenges;

/// <summary>
/// The challenge lifecycle rules, in one place: which trigger may move a challenge from which state to which, who may
/// pull it, and what must hold first. <see cref="Challenge.Apply"/> is the only caller that changes a status.
/// </summary>
public static class ChallengeLifecycle
{
    public const decimal RequiredWeightTotal = 100m;

    private static readonly ChallengeStatus[] CancellableStatuses =
    [
        ChallengeStatus.Draft,
        ChallengeStatus.SubmittedForReview,
        ChallengeStatus.ReturnedForChanges,
        ChallengeStatus.Approved,
        ChallengeStatus.Published,
        ChallengeStatus.SubmissionsOpen,
        ChallengeStatus.SubmissionsClosed,
        ChallengeStatus.Judging,
    ];

    private static readonly Dictionary<(ChallengeStatus From, ChallengeTrigger Trigger), ChallengeStatus> Transitions = new Dictionary<
        (ChallengeStatus, ChallengeTrigger),
        ChallengeStatus
    >
    {
        [(ChallengeStatus.Draft, ChallengeTrigger.SubmitForReview)] = ChallengeStatus.SubmittedForReview,
        [(ChallengeStatus.ReturnedForChanges, ChallengeTrigger.SubmitForReview)] = ChallengeStatus.SubmittedForReview,
        [(ChallengeStatus.SubmittedForReview, ChallengeTrigger.ReturnForChanges)] = ChallengeStatus.ReturnedForChanges,
        [(ChallengeStatus.SubmittedForReview, ChallengeTrigger.Approve)] = ChallengeStatus.Approved,
        [(ChallengeStatus.Approved, ChallengeTrigger.Publish)] = ChallengeStatus.Published,
        [(ChallengeStatus.Published, ChallengeTrigger.OpenSubmissions)] = ChallengeStatus.SubmissionsOpen,
        [(ChallengeStatus.SubmissionsOpen, ChallengeTrigger.CloseSubmissions)] = ChallengeStatus.SubmissionsClosed,
        [(ChallengeStatus.SubmissionsClosed, ChallengeTrigger.StartJudging)] = ChallengeStatus.Judging,
        [(ChallengeStatus.Judging, ChallengeTrigger.PublishResults)] = ChallengeStatus.ResultsPublished,
        [(ChallengeStatus.ResultsPublished, ChallengeTrigger.Archive)] = ChallengeStatus.Archived,
    }
        .Concat(CancellableStatuses.Select(s => KeyValuePair.Create((s, ChallengeTrigger.Cancel), ChallengeStatus.Cancelled)))
        .ToDictionary();

    /// <summary>Who may pull each trigger. Time-based triggers are open to everyone because their guard is the clock.</summary>
    private static readonly Dictionary<ChallengeTrigger, LifecycleRole[]> AllowedRoles = new()
    {
        [ChallengeTrigger.SubmitForReview] = [LifecycleRole.Manager, LifecycleRole.PlatformAdmin],
        [ChallengeTrigger.ReturnForChanges] = [LifecycleRole.PlatformAdmin],
        [ChallengeTrigger.Approve] = [LifecycleRole.PlatformAdmin],
        [ChallengeTrigger.Publish] = [LifecycleRole.Manager, LifecycleRole.PlatformAdmin],
        [ChallengeTrigger.OpenSubmissions] = [LifecycleRole.Scheduler, LifecycleRole.Manager, LifecycleRole.PlatformAdmin],
        [ChallengeTrigger.CloseSubmissions] = [LifecycleRole.Scheduler, LifecycleRole.Manager, LifecycleRole.PlatformAdmin],
        [ChallengeTrigger.StartJudging] = [LifecycleRole.Scheduler, LifecycleRole.Manager, LifecycleRole.PlatformAdmin],
        [ChallengeTrigger.PublishResults] = [LifecycleRole.Scheduler, LifecycleRole.Manager, LifecycleRole.PlatformAdmin],
        [ChallengeTrigger.Archive] = [LifecycleRole.Manager, LifecycleRole.PlatformAdmin],
        [ChallengeTrigger.Cancel] = [LifecycleRole.Manager, LifecycleRole.PlatformAdmin],
    };

    public static IReadOnlyCollection<(ChallengeStatus From, ChallengeTrigger Trigger, ChallengeStatus To)> AllowedTransitions =>
        Transitions.Select(t => (t.Key.From, t.Key.Trigger, t.Value)).ToArray();

    public static ChallengeStatus? Target(ChallengeStatus from, ChallengeTrigger trigger) =>
        Transitions.TryGetValue((from, trigger), out var to) ? to : null;

    public static bool MayPull(LifecycleRole role, ChallengeTrigger trigger) => AllowedRoles[trigger].Contains(role);

    /// <summary>The states in which the competition clock still has work: published until results are out.</summary>
    public static bool IsClockRunning(ChallengeStatus status) =>
        status
            is ChallengeStatus.Published
                or ChallengeStatus.SubmissionsOpen
                or ChallengeStatus.SubmissionsClosed
                or ChallengeStatus.Judging;

    /// <summary>
    /// The lifecycle step a milestone asks for, if any. Round 1 carries the challenge through submissions into
    /// judging; later rounds run inside judging (their own steps are recorded on the round); scheduled results end it.
    /// </summary>
    public static ChallengeTrigger? TriggerFor(Milestone milestone, int lastRound) =>
        (milestone.Round, milestone.Kind) switch
        {
            (1, MilestoneKind.SubmissionsOpen) => ChallengeTrigger.OpenSubmissions,
            (1, MilestoneKind.SubmissionsClose) => ChallengeTrigger.CloseSubmissions,
            (1, MilestoneKind.JudgingOpens) => ChallengeTrigger.StartJudging,
            (var round, MilestoneKind.ResultsPublication) when round == lastRound => ChallengeTrigger.PublishResults,
            _ => null,
        };

    /// <summary>Published and later (but not cancelled before publication): visible in the public catalog.</summary>
    public static bool IsPublic(ChallengeStatus status) =>
        status
            is ChallengeStatus.Published
                or ChallengeStatus.SubmissionsOpen
                or ChallengeStatus.SubmissionsClosed
                or ChallengeStatus.Judging
                or ChallengeStatus.ResultsPublished
                or ChallengeStatus.Archived;

    /// <summary>Published and not yet closed: solvers may still register and prepare a proposal.</summary>
    public static bool IsOpenToEntrants(ChallengeStatus status) => status is ChallengeStatus.Published or ChallengeStatus.SubmissionsOpen;

    public static IReadOnlyList<ChallengeStatus> PublicStatuses { get; } = Enum.GetValues<ChallengeStatus>().Where(IsPublic).ToArray();

    /// <summary>A draft, or a draft the reviewer sent back: edited freely, not versioned.</summary>
    public static bool IsEditableDraft(ChallengeStatus status) => status is ChallengeStatus.Draft or ChallengeStatus.ReturnedForChanges;

    /// <summary>Published and still taking submissions: edits become announced revisions.</summary>
    public static bool IsAmendable(ChallengeStatus status) => status is ChallengeStatus.Published or ChallengeStatus.SubmissionsOpen;

    /// <summary>Whether its author may change the content and the files: a draft, or a published challenge still amendable.</summary>
    public static bool IsEditable(ChallengeStatus status) => IsEditableDraft(status) || IsAmendable(status);

    /// <summary>Whether the whole challenge's deadline may still be extended: that is an amendment of its timeline.</summary>
    public static bool AcceptsExtensions(ChallengeStatus status) => IsAmendable(status);

    /// <summary>
    /// Round 1's entries exist and are final once submissions have closed; a later round's once the challenge is being
    /// judged (its shortlist is made during round 1's judging); assignments make no sense after results.
    /// </summary>
    public static RuleViolation? CheckAssignmentOpen(ChallengeStatus status, int roundNumber) =>
        status == ChallengeStatus.Judging || (roundNumber == 1 && status == ChallengeStatus.SubmissionsClosed)
            ? null
            : new RuleViolation(RuleCodes.AssignmentNotOpen);

    /// <summary>
    /// A round's panel is closed once the results are out or the challenge is cancelled: no one is invited to it, and a
    /// pending invitation can no longer be accepted.
    /// </summary>
    public static bool IsPanelClosed(ChallengeStatus status) =>
        status is ChallengeStatus.ResultsPublished or ChallengeStatus.Archived or ChallengeStatus.Cancelled;

    /// <summary>The organisers choose the awards and the score release from the close of submissions until the results are out.</summary>
    public static RuleViolation? CheckResultsEditable(ChallengeStatus status) =>
        status is ChallengeStatus.SubmissionsClosed or ChallengeStatus.Judging
            ? null
            : new RuleViolation(RuleCodes.ResultsAlreadyPublished);

    /// <summary>The results are out: published, and still so once archived.</summary>
    public static bool AreResultsPublished(ChallengeStatus status) =>
        status is ChallengeStatus.ResultsPublished or ChallengeStatus.Archived;

    /// <summary>
    /// Whether a team may appeal its scores in a round: never for a cancelled challenge; otherwise the round's timeline
    /// sets the window, since the round's judging close also locks its scorecards (<see cref="Appeal.CheckWindow"/>).
    /// </summary>
    public static RuleViolation? CheckAppealsOpen(Challenge challenge, int roundNumber, DateTime nowUtc) =>
        challenge.Status == ChallengeStatus.Cancelled || challenge.Round(roundNumber) is not { } round
            ? new RuleViolation(RuleCodes.AppealsNotOpen)
            : Appeal.CheckWindow(challenge.ScoresReleased, round.JudgingClosesUtc, round.AppealsClosesUtc, nowUtc);

    /// <summary>
    /// Checks every rule for moving <paramref name="challenge"/> by <paramref name="trigger"/> at <paramref name="nowUtc"/>.
    /// </summary>
    public static Outcome<ChallengeStatus> Check(
        Challenge challenge,
        ChallengeTrigger trigger,
        DateTime nowUtc,
        LifecycleActor actor,
        string? reason
    )
    {
        if (Target(challenge.Status, trigger) is not { } target)
        {
            return Outcome<ChallengeStatus>.Refused(RuleCodes.TransitionNotAllowed, challenge.Status, trigger);
        }

        if (!MayPull(actor.Role, trigger))
        {
            return Outcome<ChallengeStatus>.Refused(RuleCodes.TransitionRoleNotAllowed, trigger);
        }

        var guard = trigger switch
        {
            ChallengeTrigger.SubmitForReview or ChallengeTrigger.Approve or ChallengeTrigger.Publish => CheckPublishable(challenge, nowUtc),
            ChallengeTrigger.ReturnForChanges => string.IsNullOrWhiteSpace(reason)
                ? new RuleViolation(RuleCodes.ReviewCommentRequired)
                : null,
            ChallengeTrigger.OpenSubmissions => nowUtc >= challenge.SubmissionOpensUtc
                ? null
                : new RuleViolation(RuleCodes.OpeningNotReached),
            ChallengeTrigger.CloseSubmissions => nowUtc >= challenge.SubmissionDeadlineUtc
                ? null
                : new RuleViolation(RuleCodes.DeadlineNotReached),
            ChallengeTrigger.Cancel => string.IsNullOrWhiteSpace(reason) ? new RuleViolation(RuleCodes.CancelReasonRequired) : null,
            // People publish results when they judge them ready; the clock only when the organiser scheduled it.
            ChallengeTrigger.PublishResults when actor.Role == LifecycleRole.Scheduler => challenge
                .Rounds.MaxBy(r => r.Number)
                ?.ResultsPublishUtc <= nowUtc
                ? null
                : new RuleViolation(RuleCodes.ResultsNotScheduled),
            _ => null,
        };
        return guard is null ? Outcome<ChallengeStatus>.Ok(target) : Outcome<ChallengeStatus>.Refused(guard);
    }

    /// <summary>What a challenge needs before it goes to review, is approved and is published.</summary>
    public static RuleViolation? CheckPublishable(Challenge challenge, DateTime nowUtc) => CheckContent(challenge.Content, nowUtc);

    /// <summary>A complete challenge: the texts solvers need, a sound timeline still ahead, and sound criteria.</summary>
    public static RuleViolation? CheckContent(ChallengeContent content, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(content.Title))
        {
            return new RuleViolation(RuleCodes.TitleRequired);
        }

        if (string.IsNullOrWhiteSpace(content.Summary))
        {
            return new RuleViolation(RuleCodes.SummaryRequired);
        }

        if (string.IsNullOrWhiteSpace(content.Statement))
        {
            return new RuleViolation(RuleCodes.StatementRequired);
        }

        if (CheckAward(content.AwardAmount, content.AwardCurrency) is { } award)
        {
            return award;
        }

        if (content.IsConfidential && string.IsNullOrWhiteSpace(content.ConfidentialityTerms))
        {
            return new RuleViolation(RuleCodes.ConfidentialityTermsRequired);
        }

        return RoundSchedule.Check(content.Rounds, nowUtc) ?? CheckCriteria(content.Criteria, content.Rounds.Count);
    }

    /// <summary>An award's amount is not negative, and an amount names its currency (three letters, e.g. CNY).</summary>
    public static RuleViolation? CheckAward(decimal? amount, string currency) =>
        amount switch
        {
            < 0 => new RuleViolation(RuleCodes.AwardNegative),
            not null when currency.Length != 3 => new RuleViolation(RuleCodes.AwardCurrencyRequired),
            _ => null,
        };

    /// <summary>
    /// Round 1 has criteria; a later round may have its own (otherwise it is scored on round 1's), only a round that
    /// exists; each round's weights sum to 100 on their own.
    /// </summary>
    public static RuleViolation? CheckCriteria(IReadOnlyCollection<CriterionPlan> criteria, int roundCount)
    {
        if (criteria.All(c => c.Round != 1))
        {
            return new RuleViolation(RuleCodes.CriteriaRequired);
        }

        if (criteria.Any(c => c.Round < 1 || c.Round > Math.Max(roundCount, 1)))
        {
            return new RuleViolation(RuleCodes.CriterionRoundUnknown);
        }

        foreach (var round in criteria.GroupBy(c => c.Round).OrderBy(g => g.Key))
        {
            if (CheckRoundCriteria(round.ToList()) is { } violation)
            {
                return round.Key == 1 || violation.Code != RuleCodes.CriteriaWeightsMustSumTo100
                    ? violation
                    : new RuleViolation(RuleCodes.RoundCriteriaWeightsMustSumTo100, round.Key, violation.Arguments[0]);
            }
        }

        return null;
    }

    private static RuleViolation? CheckRoundCriteria(IReadOnlyCollection<CriterionPlan> criteria)
    {
        if (criteria.Any(c => string.IsNullOrWhiteSpace(c.Name)))
        {
            return new RuleViolation(RuleCodes.CriterionNameRequired);
        }

        if (criteria.Any(c => c.Anchors.Length > ScoringCriterion.MaxAnchorsLength))
        {
            return new RuleViolation(RuleCodes.CriterionAnchorsTooLong, ScoringCriterion.MaxAnchorsLength);
        }

        if (criteria.Any(c => c.Weight <= 0))
        {
            return new RuleViolation(RuleCodes.CriterionWeightNotPositive);
        }

        var total = criteria.Sum(c => c.Weight);
        return total == RequiredWeightTotal ? null : new RuleViolation(RuleCodes.CriteriaWeightsMustSumTo100, total);
    }

    /// <summary>
    /// Whether a proposal may be submitted now. The window itself is checked, not only the status, so a submission
    /// is refused at the deadline even if the closing job has not run yet.
    /// </summary>
    public static RuleViolation? CheckAcceptsSubmissions(Challenge challenge, DateTime nowUtc, DateTime? extendedUntilUtc = null)
    {
        if (
            challenge.Status
                is not (
                    ChallengeStatus.SubmissionsOpen
                    or ChallengeStatus.SubmissionsClosed
                    or ChallengeStatus.Judging
                    or ChallengeStatus.ResultsPublished
                    or ChallengeStatus.Archived
                )
            || nowUtc < challenge.SubmissionOpensUtc
        )
        {
            return new RuleViolation(RuleCodes.SubmissionsNotOpen);
        }

        if (challenge.Status == ChallengeStatus.SubmissionsOpen && nowUtc < challenge.SubmissionDeadlineUtc)
        {
            return null;
        }

        // A team's extension outlives the challenge's close, never the start of judging (the grant checked that).
        return challenge.Status is ChallengeStatus.SubmissionsOpen or ChallengeStatus.SubmissionsClosed && nowUtc < extendedUntilUtc
            ? null
            : new RuleViolation(RuleCodes.SubmissionsClosed, extendedUntilUtc ?? challenge.SubmissionDeadlineUtc!);
    }

    /// <summary>
    /// Judges score a round only once its submissions are closed and while judging runs (round 1 carries the challenge
    /// into judging; a later round opens once its own submission window has closed); from the close of the round's
    /// judging window its cards are locked, whether or not the clock has moved the challenge on yet.
    /// </summary>
    public static RuleViolation? CheckAcceptsScores(Challenge challenge, int roundNumber, DateTime nowUtc)
    {
        var round = challenge.Round(roundNumber);
        var open =
            roundNumber == 1
                ? challenge.Status is ChallengeStatus.SubmissionsClosed or ChallengeStatus.Judging
                : challenge.Status == ChallengeStatus.Judging && round is not null && nowUtc >= round.SubmissionClosesUtc;
        if (!open)
        {
            return new RuleViolation(RuleCodes.ScoringNotOpen);
        }

        return round is not null && nowUtc >= round.JudgingClosesUtc ? new RuleViolation(RuleCodes.ScoringClosed) : null;
    }
}
