using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Challenges;

namespace TechChallenge.Infrastructure.Judging;

public sealed record JudgeEntry(
    Guid ProposalId,
    Guid ChallengeId,
    string ChallengeTitle,
    string ProposalTitle,
    ChallengeStatus ChallengeStatus,
    bool Scored,
    int RoundNumber = 1,
    string RoundName = ""
);

/// <summary>A round of a challenge, as pages offer it to choose.</summary>
public sealed record RoundChoice(int Number, string Name);

public sealed record ScorecardView(
    Guid ProposalId,
    Guid ChallengeId,
    string ChallengeTitle,
    RuleViolation? Locked,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyDictionary<Guid, decimal> Scores,
    string? Comment,
    Recommendation? Recommendation = null,
    IReadOnlyDictionary<Guid, string>? CommentsToSolver = null,
    DateTime? SavedAtUtc = null,
    bool Complete = false,
    int RoundNumber = 1,
    string RoundName = ""
)
{
    public bool AcceptsScores => Locked is null;
}

/// <summary>What a judge enters on a scorecard.</summary>
public sealed record ScorecardInput(
    IReadOnlyDictionary<Guid, decimal> Scores,
    string? Comment,
    Recommendation? Recommendation = null,
    IReadOnlyDictionary<Guid, string>? CommentsToSolver = null
);

public sealed record Choice(Guid Id, string Name);

public sealed record DiscussionView(Guid Id, string AuthorName, bool ByOrganiser, string Text, DateTime PostedAtUtc);

/// <summary>Which criterion placed an entry above another with the same score.</summary>
public sealed record TieBreakNote(string CriterionName, string PlacedAboveTitle);

/// <summary>The organisation a team answers for (its lead's): its names in English and Chinese (may be empty).</summary>
public sealed record TeamOrganization(string Name, string NameZh);

public sealed record RankingRow(
    int? Rank,
    Guid ProposalId,
    string ProposalTitle,
    string TeamName,
    decimal? RawScore,
    double? NormalizedScore,
    int ScorecardCount,
    IReadOnlyList<string> MissingJudges,
    decimal? Spread,
    bool Disagreement,
    TieBreakNote? TieBreak,
    bool RankShared,
    TeamOrganization? Organization = null
);

/// <param name="RoundNumber">The round ranked: each has its own entries, panel, criteria and scorecards.</param>
public sealed record RankingView(
    Guid ChallengeId,
    string ChallengeTitle,
    ChallengeStatus Status,
    int PanelSize,
    RankingBasis Basis,
    decimal DisagreementThreshold,
    IReadOnlyList<RankingRow> Rows,
    int RoundNumber = 1,
    IReadOnlyList<RoundChoice>? Rounds = null
);
