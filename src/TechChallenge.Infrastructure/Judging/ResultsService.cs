using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>
/// Results: the organisers choose the awards while judging runs and decide whether teams see their scores; once the
/// results are published (by the organisers or the clock) the awards are public and each team reads its own feedback.
/// </summary>
public sealed class ResultsService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<ResultsDraft?> GetDraftAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db
            .Challenges.AsNoTracking()
            .IgnoreAutoIncludes()
            .SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return null;
        }

        var entries = (await JudgingQueries.SubmittedEntries(db, challengeId).ToListAsync(cancellationToken))
            .Select(e => new Choice(e.Id, $"{e.Title} · {e.TeamName}"))
            .ToList();
        // The last round's appeals close: the results follow every round's appeals.
        var appealsClose = await db
            .ChallengeRounds.Where(r => r.ChallengeId == challengeId)
            .OrderByDescending(r => r.Number)
            .Select(r => r.AppealsClosesUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return new ResultsDraft(
            CheckEditable(challenge) is null,
            challenge.ScoresReleased,
            await AwardsAsync(db, challenge, cancellationToken),
            entries,
            appealsClose,
            ChallengeLifecycle.AreResultsPublished(challenge.Status),
            ChallengeLifecycle.Target(challenge.Status, ChallengeTrigger.PublishResults) is not null
        );
    }

    /// <summary>Replaces the awards and the score release, until the results are published.</summary>
    public async Task<Outcome> SaveDraftAsync(
        Actor actor,
        Guid challengeId,
        IReadOnlyList<AwardPlan> awards,
        bool releaseScores,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.IgnoreAutoIncludes().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (CheckEditable(challenge) is { } closed)
        {
            return Outcome.Refused(closed);
        }

        var entries = (
            await db
                .Proposals.Where(p => p.ChallengeId == challengeId && p.Status == ProposalStatus.Submitted)
                .Select(p => p.Id)
                .ToListAsync(cancellationToken)
        ).ToHashSet();
        if (Awards.Check(awards, entries) is { } invalid)
        {
            return Outcome.Refused(invalid);
        }

        db.Awards.RemoveRange(db.Awards.Where(a => a.ChallengeId == challengeId));
        db.Awards.AddRange(
            awards.Select(a => new Award
            {
                ChallengeId = challengeId,
                ProposalId = a.ProposalId,
                Place = a.Place,
                Title = a.Title.Trim(),
                Amount = a.Amount,
            })
        );
        challenge.ScoresReleased = releaseScores;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>The published awards, for anyone; null before the results are published.</summary>
    public async Task<IReadOnlyList<AwardView>?> GetPublishedAsync(Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db
            .Challenges.AsNoTracking()
            .IgnoreAutoIncludes()
            .SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        return challenge is null || !ChallengeLifecycle.AreResultsPublished(challenge.Status)
            ? null
            : await AwardsAsync(db, challenge, cancellationToken);
    }

    /// <summary>
    /// A team's own feedback, for its members, once the results are published — or, when the organisers release scores,
    /// as soon as judging closes, so that teams can appeal before the results (the award shows only once published).
    /// Null for anyone else, and before.
    /// </summary>
    public async Task<FeedbackView?> GetFeedbackAsync(Actor actor, Guid proposalId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ProposalAccess.OwnSubmittedAsync(db, actor, proposalId, cancellationToken) is not { } proposal)
        {
            return null;
        }

        var challenge = await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == proposal.ChallengeId, cancellationToken);
        var published = ChallengeLifecycle.AreResultsPublished(challenge.Status);
        var judgingClosed =
            challenge.Rounds.OrderBy(r => r.Number).FirstOrDefault() is { } round
            && clock.GetUtcNow().UtcDateTime >= round.JudgingClosesUtc;
        if (!published && !(challenge.ScoresReleased && judgingClosed && challenge.Status != ChallengeStatus.Cancelled))
        {
            return null;
        }

        var roundNumber = await JudgingQueries.FeedbackRoundAsync(
            db,
            challenge,
            proposalId,
            clock.GetUtcNow().UtcDateTime,
            cancellationToken
        );
        var criteria = challenge.CriteriaOf(roundNumber);
        // Released scores are read from the round's one ranking (RankingQuery), as the organisers see it.
        var ranked = challenge.ScoresReleased
            ? await RankingQuery.RankAsync(db, challenge, roundNumber, RankingBasis.Raw, cancellationToken: cancellationToken)
            : null;
        var conflicts = ranked?.Conflicts
            ?? (await RankingQuery.PanelConflictsAsync(db, challenge.Id, roundNumber, cancellationToken)).Conflicts;
        var mine = (
            await db
                .Scorecards.AsNoTracking()
                .Include(s => s.Scores)
                .Where(s => s.ProposalId == proposalId && s.RoundNumber == roundNumber)
                .ToListAsync(cancellationToken)
        )
            .Where(s => s.Complete && s.Scores.Count == criteria.Count && !conflicts.Contains(new EntryJudge(s.ProposalId, s.JudgeUserId)))
            .ToList();
        var award = published
            ? (await AwardsAsync(db, challenge, cancellationToken)).SingleOrDefault(a => a.ProposalId == proposalId)
            : null;
        var feedback = criteria
            .Select(c =>
            {
                var scores = mine.Select(card => card.Scores.Single(s => s.CriterionId == c.Id)).ToList();
                return new CriterionFeedback(
                    c.Name,
                    c.Weight,
                    c.MaxScore,
                    challenge.ScoresReleased && scores.Count > 0
                        ? Math.Round(scores.Average(s => s.Value), 2, MidpointRounding.AwayFromZero)
                        : null,
                    scores.Select(s => s.CommentToSolver).OfType<string>().ToList()
                );
            })
            .ToList();
        var roundName = challenge.Round(roundNumber)?.Name ?? "";
        if (ranked is null)
        {
            var entryCount = await JudgingQueries.RoundProposals(db, challenge.Id, roundNumber).CountAsync(cancellationToken);
            return new FeedbackView(proposalId, award, false, null, entryCount, null, feedback, roundNumber, roundName);
        }

        var row = ranked.Rows.Single(r => r.ProposalId == proposalId);
        return new FeedbackView(proposalId, award, true, row.Rank, ranked.Entries.Count, row.RawScore, feedback, roundNumber, roundName);
    }

    private static RuleViolation? CheckEditable(Challenge challenge) => ChallengeLifecycle.CheckResultsEditable(challenge.Status);

    private static async Task<IReadOnlyList<AwardView>> AwardsAsync(
        AppDbContext db,
        Challenge challenge,
        CancellationToken cancellationToken
    ) =>
        await (
            from a in db.Awards
            join p in db.Proposals on a.ProposalId equals p.Id
            join v in db.ProposalVersions on new { ProposalId = p.Id, Number = p.VersionCount } equals new { v.ProposalId, v.Number }
            join t in JudgingQueries.Teams(db) on p.TeamId equals t.TeamId
            where a.ChallengeId == challenge.Id
            orderby a.Place, v.Title
            select new AwardView(
                a.ProposalId,
                a.Place,
                a.Title,
                a.Amount,
                challenge.AwardCurrency,
                t.Name,
                v.Title,
                TeamRow.Organization(t.OrganizationName, t.OrganizationNameZh)
            )
        ).ToListAsync(cancellationToken);
}
