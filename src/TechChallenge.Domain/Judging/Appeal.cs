using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Judging;

/// <summary>
/// A team contests a score it was shown, between the close of judging and the round's "appeals close" date on the
/// timeline, so that corrections come before the results. The organisers answer with a reason; upholding may correct
/// judges' scores, each correction recorded.
/// </summary>
public sealed class Appeal
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public Guid ProposalId { get; init; }

    /// <summary>The round whose scores are contested: the last round the entry was judged in.</summary>
    public int RoundNumber { get; init; } = 1;

    public required string FiledByUserId { get; init; }
    public DateTime FiledAtUtc { get; init; }

    /// <summary>The criterion contested; none when the team contests its total.</summary>
    public Guid? CriterionId { get; init; }

    public required string Reason { get; init; }
    public AppealStatus Status { get; private set; }
    public string? Response { get; private set; }
    public string? AnsweredByUserId { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }

    /// <summary>
    /// Whether a team may appeal now: the organisers release scores to teams, the round's timeline has an appeals
    /// close, judging has closed (the scores are final) and the appeals have not.
    /// </summary>
    public static RuleViolation? CheckWindow(bool scoresReleased, DateTime judgingClosesUtc, DateTime? appealsClosesUtc, DateTime nowUtc)
    {
        if (!scoresReleased || appealsClosesUtc is not { } closes || nowUtc < judgingClosesUtc)
        {
            return new RuleViolation(RuleCodes.AppealsNotOpen);
        }

        return nowUtc < closes ? null : new RuleViolation(RuleCodes.AppealWindowClosed, closes);
    }

    public static Outcome<Appeal> File(
        Guid challengeId,
        Guid proposalId,
        string userId,
        Guid? criterionId,
        string reason,
        bool anotherOpen,
        DateTime nowUtc,
        int roundNumber = 1
    )
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length == 0 || reason.Length > MaxTextLength)
        {
            return Outcome<Appeal>.Refused(RuleCodes.AppealTextInvalid, MaxTextLength);
        }

        if (anotherOpen)
        {
            return Outcome<Appeal>.Refused(RuleCodes.AppealAlreadyOpen);
        }

        return Outcome<Appeal>.Ok(
            new Appeal
            {
                ChallengeId = challengeId,
                ProposalId = proposalId,
                RoundNumber = roundNumber,
                FiledByUserId = userId,
                FiledAtUtc = nowUtc,
                CriterionId = criterionId,
                Reason = reason,
            }
        );
    }

    /// <summary>Answers the appeal once, with a response the team reads.</summary>
    public Outcome Answer(bool upheld, string response, string userId, DateTime nowUtc)
    {
        if (Status != AppealStatus.Open)
        {
            return Outcome.Refused(RuleCodes.AppealAlreadyAnswered);
        }

        response = response?.Trim() ?? "";
        if (response.Length == 0 || response.Length > MaxTextLength)
        {
            return Outcome.Refused(RuleCodes.AppealTextInvalid, MaxTextLength);
        }

        (Status, Response, AnsweredByUserId, AnsweredAtUtc) = (
            upheld ? AppealStatus.Upheld : AppealStatus.Rejected,
            response,
            userId,
            nowUtc
        );
        return Outcome.Success;
    }
}
