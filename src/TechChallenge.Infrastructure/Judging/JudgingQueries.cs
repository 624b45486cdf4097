using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>A submitted entry as organisers list it: its latest version's title, its team and the team's organisation.</summary>
internal sealed record EntrySummary(Guid Id, string Title, string TeamName, TeamOrganization? Organization = null);

/// <summary>A team with the organisation its lead joined it with, as one row to join on (set by member, so queries compose).</summary>
internal sealed class TeamRow
{
    public Guid TeamId { get; init; }
    public string Name { get; init; } = "";
    public string? OrganizationName { get; init; }
    public string? OrganizationNameZh { get; init; }

    public static TeamOrganization? Organization(string? name, string? nameZh) =>
        name is null ? null : new TeamOrganization(name, nameZh ?? "");
}

internal static class JudgingQueries
{
    /// <summary>
    /// Every team with its organisation: the one its lead joined it with. A team is named after its lead until renamed,
    /// so without the organisation a university's team reads as one person's entry.
    /// </summary>
    public static IQueryable<TeamRow> Teams(AppDbContext db) =>
        from t in db.Teams
        let organizationId = db
            .TeamMembers.Where(m => m.TeamId == t.Id && m.Role == TeamRole.Lead)
            .Select(m => m.OrganizationId)
            .FirstOrDefault()
        join o in db.SolverOrganizations on organizationId equals (Guid?)o.Id into organizations
        from o in organizations.DefaultIfEmpty()
        select new TeamRow
        {
            TeamId = t.Id,
            Name = t.Name,
            OrganizationName = o == null ? null : o.Name,
            OrganizationNameZh = o == null ? null : o.NameZh,
        };

    /// <summary>The rounds of a challenge in order, for pages to choose from.</summary>
    public static IReadOnlyList<RoundChoice> RoundChoices(Challenge challenge) =>
        challenge.Rounds.OrderBy(r => r.Number).Select(r => new RoundChoice(r.Number, r.Name)).ToList();

    /// <summary>The challenge's submitted entries in a round: every one in round 1, those shortlisted to a later round.</summary>
    public static IQueryable<Proposal> RoundProposals(AppDbContext db, Guid challengeId, int roundNumber)
    {
        var proposals = db.Proposals.Where(p => p.ChallengeId == challengeId && p.Status == ProposalStatus.Submitted);
        return roundNumber == 1
            ? proposals
            : proposals.Where(p =>
                db.RoundEntries.Any(e => e.ChallengeId == challengeId && e.RoundNumber == roundNumber && e.ProposalId == p.Id)
            );
    }

    /// <summary>
    /// The challenge's submitted entries (a draft or a withdrawn entry is never judged) in a round, ordered by title;
    /// only those in <paramref name="only"/> when given.
    /// </summary>
    public static IQueryable<EntrySummary> SubmittedEntries(
        AppDbContext db,
        Guid challengeId,
        IReadOnlyCollection<Guid>? only = null,
        int roundNumber = 1
    )
    {
        var proposals = RoundProposals(db, challengeId, roundNumber);
        if (only is not null)
        {
            proposals = proposals.Where(p => only.Contains(p.Id));
        }

        return from p in proposals
            join v in db.ProposalVersions on new { ProposalId = p.Id, Number = p.VersionCount } equals new { v.ProposalId, v.Number }
            join t in Teams(db) on p.TeamId equals t.TeamId
            orderby v.Title
            select new EntrySummary(p.Id, v.Title, t.Name, TeamRow.Organization(t.OrganizationName, t.OrganizationNameZh));
    }

    /// <summary>
    /// Every complete scorecard of the round's entries (a card still being filled in does not count), as the ranking
    /// reads it (values in the round's criteria's order), without the cards of judges in conflict with the entry. One
    /// flat query of the scores, not an entity per card: a round of 10,000 entries has 300,000 of them.
    /// </summary>
    public static async Task<List<CardScores>> CompleteCardsAsync(
        AppDbContext db,
        Guid challengeId,
        int roundNumber,
        IReadOnlyList<ScoringCriterion> criteria,
        IReadOnlySet<EntryJudge> conflicts,
        CancellationToken cancellationToken
    )
    {
        var cardsOfChallenge =
            from p in RoundProposals(db, challengeId, roundNumber)
            join s in db.Scorecards on p.Id equals s.ProposalId
            where s.RoundNumber == roundNumber && s.Complete
            select s;
        var heads = await cardsOfChallenge
            .Select(s => new
            {
                s.Id,
                s.ProposalId,
                s.JudgeUserId,
                s.ScoreVector,
                s.VectorCriteria,
            })
            .ToListAsync(cancellationToken);
        var stamp = Scorecard.CriteriaStamp(criteria);
        var listedInVectorOrder = criteria.SequenceEqual(criteria.OrderBy(c => c.SortOrder).ThenBy(c => c.Id));
        if (listedInVectorOrder && heads.All(h => h.VectorCriteria == stamp))
        {
            // Every card carries its scores in the current criteria's order: no need to read them one by one.
            return heads
                .Where(h => !conflicts.Contains(new EntryJudge(h.ProposalId, h.JudgeUserId)))
                .Select(h => (Head: h, Values: Scorecard.ReadVector(h.ScoreVector, criteria.Count)))
                .Where(h => h.Values is not null)
                .Select(h => new CardScores(h.Head.ProposalId, h.Head.JudgeUserId, h.Values!))
                .ToList();
        }

        // Cards saved before vectors existed, or under other criteria: read the scores themselves.
        var scores = await (
            from s in cardsOfChallenge
            join v in db.CriterionScores on s.Id equals v.ScorecardId
            select new
            {
                v.ScorecardId,
                v.CriterionId,
                v.Value,
            }
        ).ToListAsync(cancellationToken);

        var index = criteria.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var values = new Dictionary<Guid, (decimal[] Values, int Filled)>(heads.Count);
        foreach (var head in heads)
        {
            values[head.Id] = (new decimal[criteria.Count], 0);
        }

        foreach (var score in scores)
        {
            if (index.TryGetValue(score.CriterionId, out var i) && values.TryGetValue(score.ScorecardId, out var card))
            {
                card.Values[i] = score.Value;
                values[score.ScorecardId] = (card.Values, card.Filled + 1);
            }
        }

        var cards = new List<CardScores>(heads.Count);
        foreach (var head in heads)
        {
            var (cardValues, filled) = values[head.Id];
            if (filled == criteria.Count && !conflicts.Contains(new EntryJudge(head.ProposalId, head.JudgeUserId)))
            {
                cards.Add(new CardScores(head.ProposalId, head.JudgeUserId, cardValues));
            }
        }

        return cards;
    }

    /// <summary>
    /// The round whose scores a team reads and may appeal: the last round its entry was taken on to whose judging has
    /// closed; round 1 before that.
    /// </summary>
    public static async Task<int> FeedbackRoundAsync(
        AppDbContext db,
        Challenge challenge,
        Guid proposalId,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        var later = await db
            .RoundEntries.Where(e => e.ChallengeId == challenge.Id && e.ProposalId == proposalId)
            .Select(e => e.RoundNumber)
            .ToListAsync(cancellationToken);
        return later.Where(r => challenge.Round(r) is { } round && nowUtc >= round.JudgingClosesUtc).DefaultIfEmpty(1).Max();
    }
}
