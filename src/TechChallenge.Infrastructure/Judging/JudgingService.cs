using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

public sealed record JudgeEntry(Guid ProposalId, Guid ChallengeId, string ChallengeTitle, string ProposalTitle, ChallengeStatus ChallengeStatus, bool Scored);

public sealed record ScorecardView(
    Guid ProposalId,
    Guid ChallengeId,
    string ChallengeTitle,
    bool AcceptsScores,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyDictionary<Guid, decimal> Scores,
    string? Comment);

public sealed record RankingRow(int? Rank, Guid ProposalId, string ProposalTitle, string SolverName, decimal? WeightedScore, int ScorecardCount);

public sealed record RankingView(Guid ChallengeId, string ChallengeTitle, ChallengeStatus Status, int AssignedJudges, IReadOnlyList<RankingRow> Rows);

/// <summary>Judges' scorecards and the organisers' ranking.</summary>
public sealed class JudgingService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Entries the judge is assigned to, once their challenge's submissions have closed.</summary>
    public async Task<IReadOnlyList<JudgeEntry>> ListAssignedAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Judge) || actor.UserId is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await (
            from j in db.JudgeAssignments
            join c in db.Challenges on j.ChallengeId equals c.Id
            join p in db.Proposals on c.Id equals p.ChallengeId
            join v in db.ProposalVersions on new { ProposalId = p.Id, Number = p.VersionCount } equals new { v.ProposalId, v.Number }
            where j.JudgeUserId == actor.UserId && c.Status != ChallengeStatus.Draft && c.Status != ChallengeStatus.SubmissionsOpen
                && p.Status == ProposalStatus.Submitted
            select new JudgeEntry(
                p.Id,
                c.Id,
                c.Title,
                v.Title,
                c.Status,
                db.Scorecards.Any(s => s.ProposalId == p.Id && s.JudgeUserId == actor.UserId))).ToListAsync(cancellationToken);
        return entries.OrderBy(e => e.ChallengeTitle).ThenBy(e => e.ProposalTitle).ToList();
    }

    public async Task<ScorecardView?> GetScorecardAsync(Actor actor, Guid proposalId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await AssignedChallengeAsync(db, actor, proposalId, cancellationToken) is not { } challenge)
        {
            return null;
        }

        var card = await db.Scorecards.AsNoTracking().Include(s => s.Scores)
            .SingleOrDefaultAsync(s => s.ProposalId == proposalId && s.JudgeUserId == actor.UserId, cancellationToken);
        return new ScorecardView(
            proposalId,
            challenge.Id,
            challenge.Title,
            ChallengeLifecycle.CheckAcceptsScores(challenge) is null,
            challenge.Criteria.OrderBy(c => c.SortOrder).Select(c => new CriterionView(c.Id, c.Name, c.Description, c.Weight, c.MaxScore)).ToList(),
            card?.Scores.ToDictionary(s => s.CriterionId, s => s.Value) ?? [],
            card?.Comment);
    }

    public async Task<Outcome> SaveScorecardAsync(
        Actor actor,
        Guid proposalId,
        IReadOnlyDictionary<Guid, decimal> scores,
        string? comment,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await AssignedChallengeAsync(db, actor, proposalId, cancellationToken) is not { } challenge)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (ChallengeLifecycle.CheckAcceptsScores(challenge) is { } closed)
        {
            return Outcome.Refused(closed);
        }

        var card = await db.Scorecards.Include(s => s.Scores).SingleOrDefaultAsync(s => s.ProposalId == proposalId && s.JudgeUserId == actor.UserId, cancellationToken);
        if (card is null)
        {
            card = new Scorecard { ProposalId = proposalId, JudgeUserId = actor.UserId! };
            db.Scorecards.Add(card);
        }

        var outcome = card.SetScores(challenge.Criteria, scores, clock.GetUtcNow().UtcDateTime);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        card.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>Entries ranked by weighted score, for the challenge's own sub-center only.</summary>
    public async Task<RankingView?> GetRankingAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().Include(c => c.Judges).SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return null;
        }

        var proposals = await (
            from p in db.Proposals
            join v in db.ProposalVersions on new { ProposalId = p.Id, Number = p.VersionCount } equals new { v.ProposalId, v.Number }
            join t in db.Teams on p.TeamId equals t.Id
            where p.ChallengeId == challengeId && p.Status == ProposalStatus.Submitted
            select new { p.Id, v.Title, DisplayName = t.Name }).ToListAsync(cancellationToken);
        var proposalIds = proposals.Select(p => p.Id).ToList();
        var cards = await db.Scorecards.AsNoTracking().Include(s => s.Scores).Where(s => proposalIds.Contains(s.ProposalId)).ToListAsync(cancellationToken);
        var byId = proposals.ToDictionary(p => p.Id);
        var rows = WeightedRanking.Rank(challenge.Criteria, proposalIds, cards)
            .Select(r => new RankingRow(r.Rank, r.ProposalId, byId[r.ProposalId].Title, byId[r.ProposalId].DisplayName, r.WeightedScore, r.ScorecardCount))
            .ToList();
        return new RankingView(challenge.Id, challenge.Title, challenge.Status, challenge.Judges.Count, rows);
    }

    private static async Task<Challenge?> AssignedChallengeAsync(AppDbContext db, Actor actor, Guid proposalId, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Roles.Judge) || actor.UserId is null)
        {
            return null;
        }

        var challengeId = await db.Proposals.Where(p => p.Id == proposalId && p.Status == ProposalStatus.Submitted).Select(p => (Guid?)p.ChallengeId).SingleOrDefaultAsync(cancellationToken);
        if (challengeId is null || !await db.JudgeAssignments.AnyAsync(j => j.ChallengeId == challengeId && j.JudgeUserId == actor.UserId, cancellationToken))
        {
            return null;
        }

        var challenge = await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == challengeId, cancellationToken);
        // Nothing about an entry is shown to judges while submissions are still open.
        return challenge.Status is ChallengeStatus.Draft or ChallengeStatus.SubmissionsOpen ? null : challenge;
    }
}
