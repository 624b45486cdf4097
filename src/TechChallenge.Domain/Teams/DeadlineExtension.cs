using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Teams;

/// <summary>
/// More time for one team, granted by the challenge's organiser with a reason. It can run past the challenge's own
/// deadline but never into judging, so every judge scores a final entry.
/// </summary>
public sealed class DeadlineExtension
{
    public const int MaxReasonLength = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public Guid TeamId { get; init; }
    public DateTime UntilUtc { get; init; }
    public required string Reason { get; init; }
    public required string GrantedByUserId { get; init; }
    public DateTime GrantedAtUtc { get; init; }

    /// <summary>The solver's request this answers, if it answers one.</summary>
    public Guid? RequestId { get; init; }

    /// <param name="deadlineUtc">The challenge's own submission deadline.</param>
    /// <param name="judgingOpensUtc">When round 1's judging opens: the latest an extension may run.</param>
    public static Outcome<DeadlineExtension> Grant(
        Guid challengeId,
        Guid teamId,
        DateTime untilUtc,
        string reason,
        DateTime deadlineUtc,
        DateTime judgingOpensUtc,
        string grantedByUserId,
        DateTime nowUtc,
        Guid? requestId = null
    )
    {
        if (CheckReason(reason) is { } noReason)
        {
            return Outcome<DeadlineExtension>.Refused(noReason);
        }

        if (CheckUntil(untilUtc, deadlineUtc, judgingOpensUtc, nowUtc) is { } badTime)
        {
            return Outcome<DeadlineExtension>.Refused(badTime);
        }

        return Outcome<DeadlineExtension>.Ok(
            new DeadlineExtension
            {
                ChallengeId = challengeId,
                TeamId = teamId,
                UntilUtc = untilUtc,
                Reason = reason.Trim(),
                GrantedByUserId = grantedByUserId,
                GrantedAtUtc = nowUtc,
                RequestId = requestId,
            }
        );
    }

    /// <summary>
    /// Whether a team can still be given any extension at <paramref name="nowUtc"/>: some time must remain after both the
    /// deadline and now before judging opens. Once it does not, asking for more time is pointless and not offered.
    /// </summary>
    public static bool CanStillBeGranted(DateTime deadlineUtc, DateTime judgingOpensUtc, DateTime nowUtc) =>
        CheckUntil(judgingOpensUtc, deadlineUtc, judgingOpensUtc, nowUtc) is null;

    internal static RuleViolation? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength
            ? new RuleViolation(RuleCodes.ExtensionReasonRequired, MaxReasonLength)
            : null;

    internal static RuleViolation? CheckUntil(DateTime untilUtc, DateTime deadlineUtc, DateTime judgingOpensUtc, DateTime nowUtc)
    {
        if (untilUtc <= deadlineUtc || untilUtc <= nowUtc)
        {
            return new RuleViolation(RuleCodes.ExtensionNotLater, deadlineUtc);
        }

        return untilUtc > judgingOpensUtc ? new RuleViolation(RuleCodes.ExtensionIntoJudging, judgingOpensUtc) : null;
    }
}
