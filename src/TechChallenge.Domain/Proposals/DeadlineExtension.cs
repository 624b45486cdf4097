using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Proposals;

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
        Guid? requestId = null)
    {
        if (CheckReason(reason) is { } noReason)
        {
            return Outcome<DeadlineExtension>.Refused(noReason);
        }

        if (CheckUntil(untilUtc, deadlineUtc, judgingOpensUtc, nowUtc) is { } badTime)
        {
            return Outcome<DeadlineExtension>.Refused(badTime);
        }

        return Outcome<DeadlineExtension>.Ok(new DeadlineExtension
        {
            ChallengeId = challengeId,
            TeamId = teamId,
            UntilUtc = untilUtc,
            Reason = reason.Trim(),
            GrantedByUserId = grantedByUserId,
            GrantedAtUtc = nowUtc,
            RequestId = requestId,
        });
    }

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

public enum ExtensionRequestStatus
{
    Pending,
    Granted,
    Refused,
}

/// <summary>A team asks the organiser for more time, saying why; the organiser grants (perhaps less) or refuses.</summary>
public sealed class ExtensionRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public Guid TeamId { get; init; }
    public required string RequestedByUserId { get; init; }
    public DateTime RequestedUntilUtc { get; init; }
    public required string Reason { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public ExtensionRequestStatus Status { get; private set; } = ExtensionRequestStatus.Pending;
    public string? DecidedByUserId { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecisionNote { get; private set; }

    public static Outcome<ExtensionRequest> Create(
        Guid challengeId,
        Guid teamId,
        string userId,
        DateTime requestedUntilUtc,
        string reason,
        DateTime deadlineUtc,
        DateTime judgingOpensUtc,
        DateTime nowUtc)
    {
        if ((DeadlineExtension.CheckReason(reason) ?? DeadlineExtension.CheckUntil(requestedUntilUtc, deadlineUtc, judgingOpensUtc, nowUtc)) is { } refused)
        {
            return Outcome<ExtensionRequest>.Refused(refused);
        }

        return Outcome<ExtensionRequest>.Ok(new ExtensionRequest
        {
            ChallengeId = challengeId,
            TeamId = teamId,
            RequestedByUserId = userId,
            RequestedUntilUtc = requestedUntilUtc,
            Reason = reason.Trim(),
            CreatedAtUtc = nowUtc,
        });
    }

    /// <summary>Grants until <paramref name="untilUtc"/>, which may be sooner than asked.</summary>
    public Outcome<DeadlineExtension> Grant(string organiserUserId, DateTime untilUtc, string? note, DateTime deadlineUtc, DateTime judgingOpensUtc, DateTime nowUtc)
    {
        if (Status != ExtensionRequestStatus.Pending)
        {
            return Outcome<DeadlineExtension>.Refused(RuleCodes.ExtensionAlreadyDecided);
        }

        var reason = string.IsNullOrWhiteSpace(note) ? Reason : note;
        var granted = DeadlineExtension.Grant(ChallengeId, TeamId, untilUtc, reason, deadlineUtc, judgingOpensUtc, organiserUserId, nowUtc, Id);
        if (granted.Succeeded)
        {
            Decide(ExtensionRequestStatus.Granted, organiserUserId, note, nowUtc);
        }

        return granted;
    }

    public Outcome Refuse(string organiserUserId, string? note, DateTime nowUtc)
    {
        if (Status != ExtensionRequestStatus.Pending)
        {
            return Outcome.Refused(RuleCodes.ExtensionAlreadyDecided);
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Outcome.Refused(RuleCodes.ReviewCommentRequired);
        }

        Decide(ExtensionRequestStatus.Refused, organiserUserId, note, nowUtc);
        return Outcome.Success;
    }

    private void Decide(ExtensionRequestStatus status, string userId, string? note, DateTime nowUtc)
    {
        Status = status;
        DecidedByUserId = userId;
        DecidedAtUtc = nowUtc;
        DecisionNote = note?.Trim();
    }
}
