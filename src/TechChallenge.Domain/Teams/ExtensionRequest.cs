using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Teams;

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
        DateTime nowUtc
    )
    {
        if (
            (
                DeadlineExtension.CheckReason(reason)
                ?? DeadlineExtension.CheckUntil(requestedUntilUtc, deadlineUtc, judgingOpensUtc, nowUtc)
            ) is
            { } refused
        )
        {
            return Outcome<ExtensionRequest>.Refused(refused);
        }

        return Outcome<ExtensionRequest>.Ok(
            new ExtensionRequest
            {
                ChallengeId = challengeId,
                TeamId = teamId,
                RequestedByUserId = userId,
                RequestedUntilUtc = requestedUntilUtc,
                Reason = reason.Trim(),
                CreatedAtUtc = nowUtc,
            }
        );
    }

    /// <summary>Grants until <paramref name="untilUtc"/>, which may be sooner than asked.</summary>
    public Outcome<DeadlineExtension> Grant(
        string organiserUserId,
        DateTime untilUtc,
        string? note,
        DateTime deadlineUtc,
        DateTime judgingOpensUtc,
        DateTime nowUtc
    )
    {
        if (Status != ExtensionRequestStatus.Pending)
        {
            return Outcome<DeadlineExtension>.Refused(RuleCodes.ExtensionAlreadyDecided);
        }

        var reason = string.IsNullOrWhiteSpace(note) ? Reason : note;
        var granted = DeadlineExtension.Grant(
            ChallengeId,
            TeamId,
            untilUtc,
            reason,
            deadlineUtc,
            judgingOpensUtc,
            organiserUserId,
            nowUtc,
            Id
        );
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
