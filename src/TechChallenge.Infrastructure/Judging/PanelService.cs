using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>
/// The organisers' side of a round's panel: who scores which entry. Automatic assignment (balanced, conflict-free,
/// expertise preferred: <see cref="PanelAssignment"/>), hand-made changes, and a judge leaving the panel. Each round
/// has its own panel and assignments (a later round's entries are those shortlisted to it). Only managers of the
/// challenge's sub-center (and platform admins) may change it; <see cref="PanelBoardQuery"/> shows it.
/// </summary>
public sealed class PanelService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxJudgesPerEntry = 20;

    /// <summary>
    /// Assigns every entry of the round <paramref name="judgesPerEntry"/> judges of the round's panel. Assignments made
    /// by hand and those already scored are kept; the rest are planned again. Returns the entries left short.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<EntryShortfall>>> AssignAutomaticallyAsync(
        Actor actor,
        Guid challengeId,
        int judgesPerEntry,
        int roundNumber = 1,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await PanelQueries.ManagedChallengeAsync(db, actor, challengeId, cancellationToken, tracked: true);
        if (challenge?.Round(roundNumber) is not { } round)
        {
            return Outcome<IReadOnlyList<EntryShortfall>>.Refused(RuleCodes.AccessDenied);
        }

        if (PanelQueries.CheckCanAssign(challenge, roundNumber) is { } closed)
        {
            return Outcome<IReadOnlyList<EntryShortfall>>.Refused(closed);
        }

        if (judgesPerEntry is < 1 or > MaxJudgesPerEntry)
        {
            return Outcome<IReadOnlyList<EntryShortfall>>.Refused(RuleCodes.JudgesPerEntryInvalid, 1, MaxJudgesPerEntry);
        }

        var plan = await PlanAsync(db, challenge, roundNumber, judgesPerEntry, cancellationToken);
        round.JudgesPerEntry = judgesPerEntry;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<IReadOnlyList<EntryShortfall>>.Ok(plan.Shortfalls);
    }

    /// <summary>
    /// An organiser puts a judge of the round's panel on an entry by hand (never a conflicted one); automatic runs keep it.
    /// </summary>
    public async Task<Outcome> AssignAsync(
        Actor actor,
        Guid proposalId,
        string judgeUserId,
        int roundNumber = 1,
        CancellationToken cancellationToken = default
    ) =>
        await ChangeEntryAsync(
            actor,
            proposalId,
            roundNumber,
            async (db, challenge, assignments) =>
            {
                if (!PanelQueries.PanelOf(challenge, roundNumber).Contains(judgeUserId))
                {
                    return Outcome.Refused(RuleCodes.NotFound);
                }

                var conflicts = await JudgeAccess.ConflictsAsync(db, challenge.Id, [judgeUserId], cancellationToken);
                if (conflicts.Any(c => c.ProposalId == proposalId))
                {
                    return Outcome.Refused(RuleCodes.JudgeConflicted);
                }

                if (assignments.Any(a => a.ProposalId == proposalId && a.JudgeUserId == judgeUserId))
                {
                    return Outcome.Success;
                }

                db.EntryAssignments.Add(
                    new EntryAssignment
                    {
                        ProposalId = proposalId,
                        JudgeUserId = judgeUserId,
                        ChallengeId = challenge.Id,
                        RoundNumber = roundNumber,
                        Manual = true,
                        AssignedAtUtc = UtcNow,
                    }
                );
                return Outcome.Success;
            },
            cancellationToken
        );

    /// <summary>Takes a judge off an entry they have not scored (a given score is never dropped this way).</summary>
    public async Task<Outcome> UnassignAsync(
        Actor actor,
        Guid proposalId,
        string judgeUserId,
        int roundNumber = 1,
        CancellationToken cancellationToken = default
    ) =>
        await ChangeEntryAsync(
            actor,
            proposalId,
            roundNumber,
            async (db, _, assignments) =>
            {
                var assignment = assignments.SingleOrDefault(a => a.ProposalId == proposalId && a.JudgeUserId == judgeUserId);
                if (assignment is null)
                {
                    return Outcome.Refused(RuleCodes.NotFound);
                }

                if (
                    await db.Scorecards.AnyAsync(
                        s => s.ProposalId == proposalId && s.JudgeUserId == judgeUserId && s.RoundNumber == roundNumber && s.Scores.Any(),
                        cancellationToken
                    )
                )
                {
                    return Outcome.Refused(RuleCodes.AssignmentScored);
                }

                db.EntryAssignments.Remove(assignment);
                return Outcome.Success;
            },
            cancellationToken
        );

    /// <summary>
    /// A judge leaves the round's panel: the entries they scored keep their scores (and stay covered by them); the
    /// others are reassigned at once when the round has been assigned, with the last number of judges per entry.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<EntryShortfall>>> RemoveFromPanelAsync(
        Actor actor,
        Guid challengeId,
        string judgeUserId,
        int roundNumber = 1,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await PanelQueries.ManagedChallengeAsync(db, actor, challengeId, cancellationToken, tracked: true);
        if (challenge?.Round(roundNumber) is not { } round)
        {
            return Outcome<IReadOnlyList<EntryShortfall>>.Refused(RuleCodes.AccessDenied);
        }

        var member = challenge.Judges.SingleOrDefault(j => j.JudgeUserId == judgeUserId && j.RoundNumber == roundNumber);
        if (member is null)
        {
            return Outcome<IReadOnlyList<EntryShortfall>>.Refused(RuleCodes.NotFound);
        }

        challenge.Judges.Remove(member);
        var scored = await PanelQueries.ScoredPairsAsync(db, challengeId, roundNumber, cancellationToken);
        var theirs = await db
            .EntryAssignments.Where(a => a.ChallengeId == challengeId && a.RoundNumber == roundNumber && a.JudgeUserId == judgeUserId)
            .ToListAsync(cancellationToken);
        db.EntryAssignments.RemoveRange(theirs.Where(a => !scored.Contains(new EntryJudge(a.ProposalId, a.JudgeUserId))));
        IReadOnlyList<EntryShortfall> shortfalls = [];
        if (round.JudgesPerEntry is { } wanted && PanelQueries.CheckCanAssign(challenge, roundNumber) is null)
        {
            shortfalls = (await PlanAsync(db, challenge, roundNumber, wanted, cancellationToken)).Shortfalls;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<IReadOnlyList<EntryShortfall>>.Ok(shortfalls);
    }

    /// <summary>Plans the assignments into the (tracked) context; the caller saves.</summary>
    private async Task<PanelPlan> PlanAsync(
        AppDbContext db,
        Challenge challenge,
        int roundNumber,
        int judgesPerEntry,
        CancellationToken cancellationToken
    )
    {
        var panel = PanelQueries.PanelOf(challenge, roundNumber);
        var entries = await JudgingQueries
            .RoundProposals(db, challenge.Id, roundNumber)
            .OrderBy(p => p.Id)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var fieldIds = challenge.Fields.Select(f => f.Id).ToList();
        var matches = await db
            .UserExpertise.Where(x => panel.Contains(x.UserId) && fieldIds.Contains(x.FieldTagId))
            .GroupBy(x => x.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var judges = panel.Select(j => new PanelJudge(j, matches.SingleOrDefault(m => m.UserId == j)?.Count ?? 0)).ToList();
        var conflicts = (await JudgeAccess.ConflictsAsync(db, challenge.Id, panel, cancellationToken))
            .Select(c => new EntryJudge(c.ProposalId, c.JudgeUserId))
            .ToHashSet();
        var existing = await db
            .EntryAssignments.Where(a => a.ChallengeId == challenge.Id && a.RoundNumber == roundNumber)
            .ToListAsync(cancellationToken);
        var existingPairs = existing.Select(a => new EntryJudge(a.ProposalId, a.JudgeUserId)).ToHashSet();
        var scored = await PanelQueries.ScoredPairsAsync(db, challenge.Id, roundNumber, cancellationToken);
        var entrySet = entries.ToHashSet();

        // Kept: made by hand, or already scored (also by a judge who has since left the panel) and not in conflict.
        var kept = existing
            .Where(a => a.Manual)
            .Select(a => new EntryJudge(a.ProposalId, a.JudgeUserId))
            .Concat(scored)
            .Where(k => !conflicts.Contains(k) && entrySet.Contains(k.ProposalId))
            .ToHashSet();
        var plan = PanelAssignment.Assign(entries, judges, judgesPerEntry, conflicts, kept);

        var planned = plan.Assignments.ToHashSet();
        db.EntryAssignments.RemoveRange(existing.Where(a => !planned.Contains(new EntryJudge(a.ProposalId, a.JudgeUserId))));
        var now = UtcNow;
        foreach (var assignment in planned.Where(p => !existingPairs.Contains(p)))
        {
            db.EntryAssignments.Add(
                new EntryAssignment
                {
                    ProposalId = assignment.ProposalId,
                    JudgeUserId = assignment.JudgeUserId,
                    ChallengeId = challenge.Id,
                    RoundNumber = roundNumber,
                    AssignedAtUtc = now,
                }
            );
        }

        return plan;
    }

    private async Task<Outcome> ChangeEntryAsync(
        Actor actor,
        Guid proposalId,
        int roundNumber,
        Func<AppDbContext, Challenge, List<EntryAssignment>, Task<Outcome>> change,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challengeId = await db
            .Proposals.Where(p => p.Id == proposalId && p.Status == ProposalStatus.Submitted)
            .Select(p => (Guid?)p.ChallengeId)
            .SingleOrDefaultAsync(cancellationToken);
        var challenge = challengeId is null
            ? null
            : await PanelQueries.ManagedChallengeAsync(db, actor, challengeId.Value, cancellationToken, tracked: true);
        if (challenge is null)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (PanelQueries.CheckCanAssign(challenge, roundNumber) is { } closed)
        {
            return Outcome.Refused(closed);
        }

        if (!await JudgingQueries.RoundProposals(db, challenge.Id, roundNumber).AnyAsync(p => p.Id == proposalId, cancellationToken))
        {
            // Not shortlisted to this round.
            return Outcome.Refused(RuleCodes.NotFound);
        }

        var assignments = await db
            .EntryAssignments.Where(a => a.ChallengeId == challenge.Id && a.RoundNumber == roundNumber)
            .ToListAsync(cancellationToken);
        if (assignments.Count == 0)
        {
            // Changing one entry by hand would hide every other entry from the panel: assign automatically first.
            return Outcome.Refused(RuleCodes.AssignAutomaticallyFirst);
        }

        var outcome = await change(db, challenge, assignments);
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return outcome;
    }

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;
}
