using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>A judge's scorecards: the entries they may score, and each card as they open, fill in and save it.</summary>
public sealed class JudgeScorecards(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>Entries the judge may score in each round whose panel they are on (<see cref="JudgeAccess"/>).</summary>
    public async Task<IReadOnlyList<JudgeEntry>> ListAssignedAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Judge) || actor.UserId is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await (
            from e in JudgeAccess.EntriesOpenTo(db, actor.UserId, UtcNow)
            join c in db.Challenges on e.Proposal.ChallengeId equals c.Id
            join r in db.ChallengeRounds on new { ChallengeId = c.Id, Number = e.RoundNumber } equals new { r.ChallengeId, r.Number }
            join v in db.ProposalVersions
                on new { ProposalId = e.Proposal.Id, Number = e.Proposal.VersionCount } equals new { v.ProposalId, v.Number }
            select new JudgeEntry(
                e.Proposal.Id,
                c.Id,
                c.Title,
                v.Title,
                c.Status,
                db.Scorecards.Any(s =>
                    s.ProposalId == e.Proposal.Id && s.JudgeUserId == actor.UserId && s.RoundNumber == e.RoundNumber && s.Complete
                ),
                e.RoundNumber,
                r.Name
            )
        ).ToListAsync(cancellationToken);
        return entries.OrderBy(e => e.ChallengeTitle).ThenByDescending(e => e.RoundNumber).ThenBy(e => e.ProposalTitle).ToList();
    }

    /// <summary>The judge's card for an entry in a round, on that round's criteria; null unless they may open it there.</summary>
    public async Task<ScorecardView?> GetScorecardAsync(
        Actor actor,
        Guid proposalId,
        int roundNumber = 1,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await JudgeAccess.AssignedChallengeAsync(db, actor, proposalId, roundNumber, UtcNow, cancellationToken) is not { } challenge)
        {
            return null;
        }

        var card = await db
            .Scorecards.AsNoTracking()
            .Include(s => s.Scores)
            .SingleOrDefaultAsync(
                s => s.ProposalId == proposalId && s.JudgeUserId == actor.UserId && s.RoundNumber == roundNumber,
                cancellationToken
            );
        return new ScorecardView(
            proposalId,
            challenge.Id,
            challenge.Title,
            ChallengeLifecycle.CheckAcceptsScores(challenge, roundNumber, UtcNow),
            CriterionView.Of(challenge.CriteriaOf(roundNumber)),
            card?.Scores.ToDictionary(s => s.CriterionId, s => s.Value) ?? [],
            card?.Comment,
            card?.Recommendation,
            card?.Scores.Where(s => s.CommentToSolver is not null).ToDictionary(s => s.CriterionId, s => s.CommentToSolver!) ?? [],
            card?.UpdatedAtUtc,
            card?.Complete ?? false,
            roundNumber,
            challenge.Round(roundNumber)?.Name ?? ""
        );
    }

    /// <summary>Saves the judge's round 1 card, which must score every criterion.</summary>
    public Task<Outcome> SaveScorecardAsync(
        Actor actor,
        Guid proposalId,
        IReadOnlyDictionary<Guid, decimal> scores,
        string? comment,
        Recommendation? recommendation = null,
        IReadOnlyDictionary<Guid, string>? commentsToSolver = null,
        CancellationToken cancellationToken = default
    ) =>
        SaveAsync(
            actor,
            proposalId,
            1,
            new ScorecardInput(scores, comment, recommendation, commentsToSolver),
            draft: false,
            cancellationToken
        );

    /// <summary>Saves the judge's card for the round, which must score every one of the round's criteria.</summary>
    public Task<Outcome> SaveScorecardAsync(
        Actor actor,
        Guid proposalId,
        int roundNumber,
        ScorecardInput input,
        CancellationToken cancellationToken = default
    ) => SaveAsync(actor, proposalId, roundNumber, input, draft: false, cancellationToken);

    /// <summary>
    /// Keeps the judge's card as it stands, some criteria possibly unscored (the page's autosave); it counts in the
    /// ranking once every criterion is scored. Same access and lock as a full save.
    /// </summary>
    public Task<Outcome> SaveScorecardDraftAsync(
        Actor actor,
        Guid proposalId,
        ScorecardInput input,
        int roundNumber = 1,
        CancellationToken cancellationToken = default
    ) => SaveAsync(actor, proposalId, roundNumber, input, draft: true, cancellationToken);

    /// <summary>
    /// Whether the card still takes scores is decided on the database's clock, inside the transaction that saves it,
    /// as submissions are: with several app instances, the database is the one clock they share.
    /// </summary>
    private async Task<Outcome> SaveAsync(
        Actor actor,
        Guid proposalId,
        int roundNumber,
        ScorecardInput input,
        bool draft,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await JudgeAccess.AssignedChallengeAsync(db, actor, proposalId, roundNumber, UtcNow, cancellationToken) is not { } challenge)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = await DatabaseClock.UtcNowAsync(db, cancellationToken);
        if (ChallengeLifecycle.CheckAcceptsScores(challenge, roundNumber, now) is { } closed)
        {
            return Outcome.Refused(closed);
        }

        var card = await db
            .Scorecards.Include(s => s.Scores)
            .SingleOrDefaultAsync(
                s => s.ProposalId == proposalId && s.JudgeUserId == actor.UserId && s.RoundNumber == roundNumber,
                cancellationToken
            );
        if (card is null)
        {
            card = new Scorecard
            {
                ProposalId = proposalId,
                JudgeUserId = actor.UserId!,
                RoundNumber = roundNumber,
            };
            db.Scorecards.Add(card);
        }

        var saved = card.SaveByJudge(
            challenge.CriteriaOf(roundNumber),
            input.Scores,
            input.Comment,
            input.Recommendation,
            input.CommentsToSolver,
            now,
            draft
        );
        if (!saved.Succeeded)
        {
            return saved;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Success;
    }
}
