namespace TechChallenge.Domain.Judging;

public sealed record RankedProposal(
    Guid ProposalId,
    int? Rank,
    decimal? RawScore,
    double? NormalizedScore,
    int CardCount,
    IReadOnlyList<string> MissingJudgeUserIds,
    decimal? RawSpread,
    bool Disagreement,
    TieBreak? TieBrokenBy,
    bool RankShared
);
