using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Infrastructure.Judging;

public sealed record PanelJudgeRow(string UserId, string DisplayName, int Load, IReadOnlyList<FieldTag> MatchingFields);

public sealed record EntryJudgeRow(string UserId, bool Manual, bool Scored);

public sealed record EntryConflictRow(string JudgeUserId, ConflictSource Source);

public sealed record PanelEntryRow(
    Guid ProposalId,
    string Title,
    string TeamName,
    IReadOnlyList<EntryJudgeRow> Judges,
    IReadOnlyList<EntryConflictRow> Conflicts,
    TeamOrganization? Organization = null
);

/// <param name="Assigned">Whether entries have been assigned; until then every panel judge scores every entry.</param>
/// <param name="JudgesPerEntry">As last used for automatic assignment.</param>
/// <param name="RoundNumber">The round shown: each round has its own panel, entries and assignments.</param>
public sealed record PanelBoard(
    Guid ChallengeId,
    string ChallengeTitle,
    ChallengeStatus Status,
    bool CanAssign,
    bool Assigned,
    int? JudgesPerEntry,
    IReadOnlyList<FieldTag> ChallengeFields,
    IReadOnlyList<PanelJudgeRow> Judges,
    IReadOnlyList<PanelEntryRow> Entries,
    int RoundNumber = 1,
    IReadOnlyList<RoundChoice>? Rounds = null
)
{
    public IEnumerable<PanelEntryRow> ShortEntries => JudgesPerEntry is { } wanted ? Entries.Where(e => e.Judges.Count < wanted) : [];
}
