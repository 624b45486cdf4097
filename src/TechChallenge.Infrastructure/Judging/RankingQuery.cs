using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>
/// A round ranked (<see cref="RoundRanking"/>) from its inputs: the round's entries (with the judges assigned to each),
/// its panel, the judge–entry conflicts, its criteria and its complete cards.
/// </summary>
internal sealed record RankedRound(
    IReadOnlyList<EntrySummary> Entries,
    IReadOnlyList<string> Panel,
    IReadOnlySet<EntryJudge> Conflicts,
    IReadOnlyList<RankedProposal> Rows
);

/// <summary>
/// The one ranking of a round. The organisers read every row (<see cref="GetRankingAsync"/>); a team reads its own row
/// in its feedback, and the shortlist takes the top of it: all through <see cref="RankAsync"/>, so that the rank a
/// team reads and the rank the organisers see are never computed from different inputs.
/// </summary>
public sealed class RankingQuery(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>
    /// A round's ranking (<see cref="RoundRanking"/>; the round the challenge is in when none is named), for the
    /// challenge's own sub-center only: the round's entries, panel, criteria and cards. Cards of a judge in conflict
    /// with the entry do not count; judges assigned but without a complete card are named as missing.
    /// </summary>
    public async Task<RankingView?> GetRankingAsync(
        Actor actor,
        Guid challengeId,
        RankingBasis basis = RankingBasis.Raw,
        decimal disagreementThreshold = RoundRanking.DefaultDisagreementThreshold,
        int? roundNumber = null,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return null;
        }

        var round = challenge.RoundNumberOrCurrent(roundNumber, clock.GetUtcNow().UtcDateTime);
        var ranked = await RankAsync(db, challenge, round, basis, disagreementThreshold, cancellationToken);
        var judgeIds = ranked.Rows.SelectMany(r => r.MissingJudgeUserIds).Distinct().ToList();
        var judgeNames = await db
            .Users.Where(u => judgeIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var byId = ranked.Entries.ToDictionary(p => p.Id);
        var rows = ranked
            .Rows.Select(r => new RankingRow(
                r.Rank,
                r.ProposalId,
                byId[r.ProposalId].Title,
                byId[r.ProposalId].TeamName,
                r.RawScore,
                r.NormalizedScore,
                r.CardCount,
                r.MissingJudgeUserIds.Select(j => judgeNames.GetValueOrDefault(j, j)).ToList(),
                r.RawSpread,
                r.Disagreement,
                r.TieBrokenBy is { } tie ? new TieBreakNote(tie.CriterionName, byId[tie.PlacedAboveProposalId].Title) : null,
                r.RankShared,
                byId[r.ProposalId].Organization
            ))
            .ToList();
        return new RankingView(
            challenge.Id,
            challenge.Title,
            challenge.Status,
            ranked.Panel.Count,
            basis,
            disagreementThreshold,
            rows,
            round,
            JudgingQueries.RoundChoices(challenge)
        );
    }

    /// <summary>
    /// Ranks a round of the challenge. An entry's judges are those assigned to it in the round or, while the round has
    /// no assignments, the panel without the judges in conflict with it.
    /// </summary>
    internal static async Task<RankedRound> RankAsync(
        AppDbContext db,
        Challenge challenge,
        int roundNumber,
        RankingBasis basis,
        decimal disagreementThreshold = RoundRanking.DefaultDisagreementThreshold,
        CancellationToken cancellationToken = default
    )
    {
        var entries = await JudgingQueries.SubmittedEntries(db, challenge.Id, roundNumber: roundNumber).ToListAsync(cancellationToken);
        var (panel, conflicts) = await PanelConflictsAsync(db, challenge.Id, roundNumber, cancellationToken);
        var assignments = (
            await db
                .EntryAssignments.Where(a => a.ChallengeId == challenge.Id && a.RoundNumber == roundNumber)
                .Select(a => new { a.ProposalId, a.JudgeUserId })
                .ToListAsync(cancellationToken)
        ).ToLookup(a => a.ProposalId, a => a.JudgeUserId);
        var criteria = challenge.CriteriaOf(roundNumber);
        var cards = await JudgingQueries.CompleteCardsAsync(db, challenge.Id, roundNumber, criteria, conflicts, cancellationToken);
        var rankingEntries = entries
            .Select(e => new RankingEntry(
                e.Id,
                assignments.Count > 0 ? assignments[e.Id].ToList() : panel.Where(j => !conflicts.Contains(new EntryJudge(e.Id, j))).ToList()
            ))
            .ToList();
        var rows = RoundRanking.Rank(criteria, rankingEntries, cards, basis, disagreementThreshold);
        return new RankedRound(entries, panel, conflicts, rows);
    }

    /// <summary>
    /// The round's panel and every conflict between its judges and the challenge's entries: a judge's card on an entry
    /// they are in conflict with never counts, in the ranking or in a team's feedback.
    /// </summary>
    internal static async Task<(IReadOnlyList<string> Panel, IReadOnlySet<EntryJudge> Conflicts)> PanelConflictsAsync(
        AppDbContext db,
        Guid challengeId,
        int roundNumber,
        CancellationToken cancellationToken
    )
    {
        var panel = await db
            .JudgeAssignments.Where(j => j.ChallengeId == challengeId && j.RoundNumber == roundNumber)
            .Select(j => j.JudgeUserId)
            .ToListAsync(cancellationToken);
        var conflicts = (await JudgeAccess.ConflictsAsync(db, challengeId, panel, cancellationToken))
            .Select(c => new EntryJudge(c.ProposalId, c.JudgeUserId))
            .ToHashSet();
        return (panel, conflicts);
    }
}
