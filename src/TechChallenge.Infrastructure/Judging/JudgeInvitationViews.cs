using TechChallenge.Domain.Judging;

namespace TechChallenge.Infrastructure.Judging;

public sealed record JudgeInvitationRow(
    Guid Id,
    string Email,
    JudgeInvitationState State,
    DateTime CreatedAtUtc,
    DateTime? AnsweredAtUtc,
    string? DeclineReason,
    int RoundNumber = 1
);

/// <summary>What the invitation link shows before the expert answers.</summary>
public sealed record JudgeInvitationPreview(
    Guid ChallengeId,
    string ChallengeTitle,
    string SubCenterName,
    string SubCenterNameZh,
    string Email,
    DateTime? JudgingOpensUtc,
    DateTime? JudgingClosesUtc,
    bool BlindReview,
    bool Usable,
    bool HasAccount,
    int RoundNumber = 1,
    string RoundName = ""
);
