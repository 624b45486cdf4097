using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>
/// The panel board of a round, as its organisers see it: the judges with their load and matching expertise, and each
/// entry with its judges and conflicts. Only managers of the challenge's sub-center (and platform admins) may see it;
/// <see cref="PanelService"/> changes it.
/// </summary>
public sealed class PanelBoardQuery(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The round's panel board; the round the challenge is in when none (or no such round) is named.</summary>
    public async Task<PanelBoard?> GetBoardAsync(
        Actor actor,
        Guid challengeId,
        int? roundNumber = null,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await PanelQueries.ManagedChallengeAsync(db, actor, challengeId, cancellationToken);
        if (challenge is null)
        {
            return null;
        }

        var round = challenge.RoundNumberOrCurrent(roundNumber, UtcNow);
        var panel = PanelQueries.PanelOf(challenge, round);
        var fieldIds = challenge.Fields.Select(f => f.Id).ToList();
        var judges = await db
            .Users.Where(u => panel.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
            })
            .ToListAsync(cancellationToken);
        var expertise = await db
            .UserExpertise.Where(x => panel.Contains(x.UserId) && fieldIds.Contains(x.FieldTagId))
            .ToListAsync(cancellationToken);
        var entries = await JudgingQueries.SubmittedEntries(db, challengeId, roundNumber: round).ToListAsync(cancellationToken);
        var assignments = (
            await db.EntryAssignments.Where(a => a.ChallengeId == challengeId && a.RoundNumber == round).ToListAsync(cancellationToken)
        ).ToLookup(a => a.ProposalId);
        var scored = await PanelQueries.ScoredPairsAsync(db, challengeId, round, cancellationToken);
        var conflicts = (await JudgeAccess.ConflictsAsync(db, challengeId, panel, cancellationToken)).ToLookup(c => c.ProposalId);
        var assigned = assignments.Count > 0;

        IReadOnlyList<EntryJudgeRow> JudgesOf(Guid proposalId) =>
            assigned
                ? assignments[proposalId]
                    .Select(a => new EntryJudgeRow(a.JudgeUserId, a.Manual, scored.Contains(new EntryJudge(proposalId, a.JudgeUserId))))
                    .ToList()
                : panel
                    .Where(j => conflicts[proposalId].All(c => c.JudgeUserId != j))
                    .Select(j => new EntryJudgeRow(j, false, scored.Contains(new EntryJudge(proposalId, j))))
                    .ToList();

        var entryRows = entries
            .Select(e => new PanelEntryRow(
                e.Id,
                e.Title,
                e.TeamName,
                JudgesOf(e.Id),
                conflicts[e.Id].Select(c => new EntryConflictRow(c.JudgeUserId, c.Source)).ToList(),
                e.Organization
            ))
            .ToList();
        var loads = entryRows.SelectMany(e => e.Judges).GroupBy(j => j.UserId).ToDictionary(g => g.Key, g => g.Count());
        var judgeRows = judges
            .Select(j => new PanelJudgeRow(
                j.Id,
                string.IsNullOrWhiteSpace(j.DisplayName) ? j.Email ?? j.Id : j.DisplayName,
                loads.GetValueOrDefault(j.Id),
                challenge.Fields.Where(f => expertise.Any(x => x.UserId == j.Id && x.FieldTagId == f.Id)).ToList()
            ))
            .OrderBy(j => j.DisplayName)
            .ToList();
        return new PanelBoard(
            challenge.Id,
            challenge.Title,
            challenge.Status,
            PanelQueries.CheckCanAssign(challenge, round) is null,
            assigned,
            challenge.Round(round)?.JudgesPerEntry,
            challenge.Fields,
            judgeRows,
            entryRows,
            round,
            JudgingQueries.RoundChoices(challenge)
        );
    }
}
