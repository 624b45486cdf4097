using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>What the panel's board (<see cref="PanelBoardQuery"/>) and its changes (<see cref="PanelService"/>) both read.</summary>
internal static class PanelQueries
{
    /// <summary>Whether the round's assignments may change now (<see cref="ChallengeLifecycle.CheckAssignmentOpen"/>).</summary>
    public static RuleViolation? CheckCanAssign(Challenge challenge, int roundNumber) =>
        ChallengeLifecycle.CheckAssignmentOpen(challenge.Status, roundNumber);

    /// <summary>The judges on the round's panel.</summary>
    public static List<string> PanelOf(Challenge challenge, int roundNumber) =>
        challenge.Judges.Where(j => j.RoundNumber == roundNumber).Select(j => j.JudgeUserId).ToList();

    /// <summary>The (entry, judge) pairs of the round that have a score.</summary>
    public static async Task<HashSet<EntryJudge>> ScoredPairsAsync(
        AppDbContext db,
        Guid challengeId,
        int roundNumber,
        CancellationToken cancellationToken
    ) =>
        (
            await (
                from s in db.Scorecards
                join p in db.Proposals on s.ProposalId equals p.Id
                where p.ChallengeId == challengeId && s.RoundNumber == roundNumber && s.Scores.Any()
                select new { s.ProposalId, s.JudgeUserId }
            ).ToListAsync(cancellationToken)
        )
            .Select(s => new EntryJudge(s.ProposalId, s.JudgeUserId))
            .ToHashSet();

    /// <summary>The challenge with its panels, when <paramref name="actor"/> manages its sub-center; otherwise null.</summary>
    public static async Task<Challenge?> ManagedChallengeAsync(
        AppDbContext db,
        Actor actor,
        Guid challengeId,
        CancellationToken cancellationToken,
        bool tracked = false
    )
    {
        var query = db.Challenges.AsSplitQuery().Include(c => c.Judges);
        var challenge = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        return challenge is not null && actor.ManagesSubCenter(challenge.SubCenterId) ? challenge : null;
    }
}
