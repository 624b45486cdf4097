using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Challenges;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>A corrected score. Teams see it without the judge's name; organisers with it.</summary>
public sealed record CorrectionView(string CriterionName, string? JudgeName, decimal OldValue, decimal NewValue);

public sealed record AppealView(
    Guid Id,
    Guid ProposalId,
    string? CriterionName,
    string Reason,
    DateTime FiledAtUtc,
    AppealStatus Status,
    string? Response,
    DateTime? AnsweredAtUtc,
    IReadOnlyList<CorrectionView> Corrections
);

/// <summary>A team's appeals on its entry, and whether it may file one now (and until when), on the round's criteria.</summary>
public sealed record TeamAppeals(
    RuleViolation? Closed,
    DateTime? ClosesUtc,
    IReadOnlyList<Choice> Criteria,
    IReadOnlyList<AppealView> Appeals,
    int RoundNumber = 1
)
{
    public bool MayAppeal => Closed is null;
}

/// <summary>One judge's complete card on the appealed entry, for the organisers to correct.</summary>
public sealed record AppealCard(Guid ScorecardId, string JudgeName, IReadOnlyDictionary<Guid, decimal> Scores);

/// <summary>
/// An appeal as the organisers handle it: the entry, the contested criterion and the cards behind the score, on the
/// criteria of the appealed round.
/// </summary>
public sealed record OrganiserAppeal(
    AppealView Appeal,
    string ProposalTitle,
    string TeamName,
    IReadOnlyList<AppealCard> Cards,
    IReadOnlyList<CriterionView> Criteria,
    int RoundNumber = 1,
    TeamOrganization? Organization = null
);

public sealed record OrganiserAppeals(IReadOnlyList<OrganiserAppeal> Appeals);

/// <summary>A judge's score the organisers change when upholding an appeal.</summary>
public sealed record ScoreChange(Guid ScorecardId, Guid CriterionId, decimal NewValue);
