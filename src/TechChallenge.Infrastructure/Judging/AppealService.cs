using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>
/// Appeals (<see cref="Appeal"/>): a team member contests a score it was shown, between the close of judging and the
/// round's appeals close, for the last round its entry was judged in (<see cref="JudgingQueries.FeedbackRoundAsync"/>);
/// the challenge's organisers answer, and when they uphold they may correct judges' scores.
/// Every correction is recorded, and the ranking, computed from the cards, follows at once.
/// </summary>
public sealed class AppealService(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The team's appeals and whether it may file one; null to anyone not on the team.</summary>
    public async Task<TeamAppeals?> ForTeamAsync(Actor actor, Guid proposalId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await TeamEntryAsync(db, actor, proposalId, cancellationToken) is not { } proposal)
        {
            return null;
        }

        var challenge = await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == proposal.ChallengeId, cancellationToken);
        var round = await JudgingQueries.FeedbackRoundAsync(db, challenge, proposalId, UtcNow, cancellationToken);
        var criteria = challenge.CriteriaOf(round).Select(c => new Choice(c.Id, c.Name)).ToList();
        return new TeamAppeals(
            CheckWindow(challenge, round),
            challenge.Round(round)?.AppealsClosesUtc,
            criteria,
            await ViewsAsync(db, challenge, db.Appeals.Where(a => a.ProposalId == proposalId), namingJudges: false, cancellationToken),
            round
        );
    }

    public async Task<Outcome<Guid>> FileAsync(
        Actor actor,
        Guid proposalId,
        Guid? criterionId,
        string reason,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await TeamEntryAsync(db, actor, proposalId, cancellationToken) is not { } proposal)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        var challenge = await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == proposal.ChallengeId, cancellationToken);
        var now = UtcNow;
        var round = await JudgingQueries.FeedbackRoundAsync(db, challenge, proposalId, now, cancellationToken);
        if (CheckWindow(challenge, round) is { } closed)
        {
            return Outcome<Guid>.Refused(closed);
        }

        if (criterionId is { } id && challenge.CriteriaOf(round).All(c => c.Id != id))
        {
            return Outcome<Guid>.Refused(RuleCodes.UnknownCriterion);
        }

        var anotherOpen = await db.Appeals.AnyAsync(a => a.ProposalId == proposalId && a.Status == AppealStatus.Open, cancellationToken);
        var filed = Appeal.File(challenge.Id, proposalId, actor.UserId!, criterionId, reason, anotherOpen, now, round);
        if (!filed.Succeeded)
        {
            return Outcome<Guid>.Refused(filed.Violation!);
        }

        db.Appeals.Add(filed.Value);
        var organisers = await SubCenterManagers.Of(db, challenge.SubCenterId).ToListAsync(cancellationToken);
        await notifier.AddAsync(
            db,
            new NotificationRequest(
                NotificationKind.AppealFiled,
                challenge.Id,
                challenge.Title,
                $"/manage/challenges/{challenge.Id}",
                organisers
            ),
            cancellationToken
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(filed.Value.Id);
    }

    /// <summary>The challenge's appeals with the cards behind each, for its own sub-center's managers; null for anyone else.</summary>
    public async Task<OrganiserAppeals?> ForOrganisersAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return null;
        }

        var appeals = await ViewsAsync(
            db,
            challenge,
            db.Appeals.Where(a => a.ChallengeId == challengeId),
            namingJudges: true,
            cancellationToken
        );
        var rounds = await db
            .Appeals.Where(a => a.ChallengeId == challengeId)
            .ToDictionaryAsync(a => a.Id, a => a.RoundNumber, cancellationToken);
        var appealed = appeals.Select(a => a.ProposalId).Distinct().ToList();
        var entries = await JudgingQueries.SubmittedEntries(db, challengeId, appealed).ToListAsync(cancellationToken);
        var cards = await db
            .Scorecards.AsNoTracking()
            .Include(s => s.Scores)
            .Where(s => appealed.Contains(s.ProposalId) && s.Complete)
            .ToListAsync(cancellationToken);
        var judgeIds = cards.Select(c => c.JudgeUserId).Distinct().ToList();
        var names = await JudgeNamesAsync(db, judgeIds, cancellationToken);
        var rows = appeals
            .Select(a =>
            {
                var entry = entries.Single(e => e.Id == a.ProposalId);
                var round = rounds[a.Id];
                var entryCards = cards
                    .Where(c => c.ProposalId == a.ProposalId && c.RoundNumber == round)
                    .Select(c => new AppealCard(
                        c.Id,
                        names.GetValueOrDefault(c.JudgeUserId, ""),
                        c.Scores.ToDictionary(s => s.CriterionId, s => s.Value)
                    ))
                    .OrderBy(c => c.JudgeName)
                    .ToList();
                return new OrganiserAppeal(
                    a,
                    entry.Title,
                    entry.TeamName,
                    entryCards,
                    CriterionView.Of(challenge.CriteriaOf(round)),
                    round,
                    entry.Organization
                );
            })
            .ToList();
        return new OrganiserAppeals(rows);
    }

    /// <summary>
    /// The organisers answer an open appeal. Corrections, allowed only when upholding, change judges' complete cards on
    /// the appealed entry within each criterion's scale; each is recorded with the old and new value.
    /// </summary>
    public async Task<Outcome> AnswerAsync(
        Actor actor,
        Guid appealId,
        bool upheld,
        string response,
        IReadOnlyList<ScoreChange> changes,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var appeal = await db.Appeals.SingleOrDefaultAsync(a => a.Id == appealId, cancellationToken);
        var challenge = appeal is null
            ? null
            : await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == appeal.ChallengeId, cancellationToken);
        if (appeal is null || challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (changes.Count > 0 && !upheld)
        {
            return Outcome.Refused(RuleCodes.AppealCorrectionNeedsUpheld);
        }

        var now = UtcNow;
        var answered = appeal.Answer(upheld, response, actor.UserId!, now);
        if (!answered.Succeeded)
        {
            return answered;
        }

        var cardIds = changes.Select(c => c.ScorecardId).Distinct().ToList();
        var cards = await db.Scorecards.Include(s => s.Scores).Where(s => cardIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var criteria = challenge.CriteriaOf(appeal.RoundNumber);
        foreach (var change in changes)
        {
            var card = cards.SingleOrDefault(c =>
                c.Id == change.ScorecardId && c.ProposalId == appeal.ProposalId && c.RoundNumber == appeal.RoundNumber && c.Complete
            );
            var criterion = criteria.SingleOrDefault(c => c.Id == change.CriterionId);
            if (card is null || criterion is null)
            {
                return Outcome.Refused(RuleCodes.NotFound);
            }

            var old = card.Scores.ToDictionary(s => s.CriterionId, s => s.Value)[criterion.Id];
            if (old == change.NewValue)
            {
                continue;
            }

            var corrected = card.CorrectScore(criteria, criterion.Id, change.NewValue, now);
            if (!corrected.Succeeded)
            {
                return corrected;
            }

            db.ScoreCorrections.Add(
                new ScoreCorrection
                {
                    AppealId = appeal.Id,
                    ScorecardId = card.Id,
                    CriterionId = criterion.Id,
                    OldValue = old,
                    NewValue = change.NewValue,
                    ByUserId = actor.UserId!,
                    AtUtc = now,
                }
            );
        }

        var team = await db
            .Proposals.Where(p => p.Id == appeal.ProposalId)
            .SelectMany(p => db.TeamMembers.Where(m => m.TeamId == p.TeamId).Select(m => m.UserId))
            .ToListAsync(cancellationToken);
        await notifier.AddAsync(
            db,
            new NotificationRequest(
                NotificationKind.AppealAnswered,
                challenge.Id,
                challenge.Title,
                $"/proposals/{appeal.ProposalId}",
                team
            ),
            cancellationToken
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    private static async Task<Proposal?> TeamEntryAsync(AppDbContext db, Actor actor, Guid proposalId, CancellationToken cancellationToken)
    {
        var proposal = await db
            .Proposals.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == proposalId && p.Status == ProposalStatus.Submitted, cancellationToken);
        return
            proposal is not null
            && actor.UserId is not null
            && await db.TeamMembers.AnyAsync(m => m.TeamId == proposal.TeamId && m.UserId == actor.UserId, cancellationToken)
            ? proposal
            : null;
    }

    private RuleViolation? CheckWindow(Challenge challenge, int roundNumber) =>
        ChallengeLifecycle.CheckAppealsOpen(challenge, roundNumber, UtcNow);

    private static async Task<Dictionary<string, string>> JudgeNamesAsync(
        AppDbContext db,
        IReadOnlyCollection<string> userIds,
        CancellationToken cancellationToken
    ) =>
        await db
            .Users.Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.Id, cancellationToken);

    private static async Task<IReadOnlyList<AppealView>> ViewsAsync(
        AppDbContext db,
        Challenge challenge,
        IQueryable<Appeal> appeals,
        bool namingJudges,
        CancellationToken cancellationToken
    )
    {
        var list = await appeals.AsNoTracking().OrderBy(a => a.FiledAtUtc).ToListAsync(cancellationToken);
        var ids = list.Select(a => a.Id).ToList();
        var corrections = await (
            from c in db.ScoreCorrections
            join s in db.Scorecards on c.ScorecardId equals s.Id
            where ids.Contains(c.AppealId)
            select new
            {
                c.AppealId,
                c.CriterionId,
                c.OldValue,
                c.NewValue,
                s.JudgeUserId,
                c.AtUtc,
            }
        ).ToListAsync(cancellationToken);
        // One answer's corrections share a time: list them in the criteria's order.
        var order = challenge.Criteria.ToDictionary(c => c.Id, c => c.SortOrder);
        corrections =
        [
            .. corrections
                .OrderBy(c => c.AtUtc)
                .ThenBy(c => order.GetValueOrDefault(c.CriterionId))
                .ThenBy(c => c.JudgeUserId, StringComparer.Ordinal),
        ];
        var names = namingJudges
            ? await JudgeNamesAsync(db, corrections.Select(c => c.JudgeUserId).Distinct().ToList(), cancellationToken)
            : [];
        string CriterionName(Guid id) => challenge.Criteria.SingleOrDefault(c => c.Id == id)?.Name ?? "";
        return list.Select(a => new AppealView(
                a.Id,
                a.ProposalId,
                a.CriterionId is { } id ? CriterionName(id) : null,
                a.Reason,
                a.FiledAtUtc,
                a.Status,
                a.Response,
                a.AnsweredAtUtc,
                corrections
                    .Where(c => c.AppealId == a.Id)
                    .Select(c => new CorrectionView(
                        CriterionName(c.CriterionId),
                        namingJudges ? names.GetValueOrDefault(c.JudgeUserId) : null,
                        c.OldValue,
                        c.NewValue
                    ))
                    .ToList()
            ))
            .ToList();
    }
}
