using TechChallenge.Domain.Challenges;

namespace TechChallenge.Domain.Judging;

/// <summary>One entry's place in the ranking. <see cref="WeightedScore"/> is null while no judge has scored it.</summary>
public sealed record RankedEntry(Guid ProposalId, int? Rank, decimal? WeightedScore, int ScorecardCount);

/// <summary>
/// Scoring maths. A scorecard's weighted score is Σ(weightᵢ × scoreᵢ / maxᵢ) × 100 / Σ weightᵢ, i.e. a percentage of
/// the best possible card, so criteria on different scales count by weight alone. An entry's score is the mean of its
/// judges' weighted scores. Entries with equal scores share a rank (1, 2, 2, 4); unscored entries are listed last
/// without a rank, never counted as zero.
/// </summary>
public static class WeightedRanking
{
    public static decimal WeightedScore(IReadOnlyCollection<ScoringCriterion> criteria, IReadOnlyCollection<CriterionScore> scores)
    {
        ArgumentOutOfRangeException.ThrowIfZero(criteria.Count);
        var byCriterion = scores.ToDictionary(s => s.CriterionId, s => s.Value);
        var totalWeight = criteria.Sum(c => c.Weight);
        var weighted = criteria.Sum(c => c.Weight * byCriterion[c.Id] / c.MaxScore);
        return Math.Round(weighted * 100m / totalWeight, 2, MidpointRounding.AwayFromZero);
    }

    public static IReadOnlyList<RankedEntry> Rank(
        IReadOnlyCollection<ScoringCriterion> criteria,
        IEnumerable<Guid> proposalIds,
        IReadOnlyCollection<Scorecard> scorecards)
    {
        var byProposal = scorecards.ToLookup(s => s.ProposalId);
        var entries = proposalIds
            .Select(id =>
            {
                var cards = byProposal[id].Where(c => c.Scores.Count > 0).ToArray();
                decimal? mean = cards.Length == 0
                    ? null
                    : Math.Round(cards.Average(c => WeightedScore(criteria, c.Scores)), 2, MidpointRounding.AwayFromZero);
                return (Id: id, Score: mean, Count: cards.Length);
            })
            .OrderByDescending(e => e.Score.HasValue)
            .ThenByDescending(e => e.Score)
            .ToArray();

        var ranked = new List<RankedEntry>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var (id, score, count) = entries[i];
            int? rank = score is null
                ? null
                : i > 0 && entries[i - 1].Score == score ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedEntry(id, rank, score, count));
        }

        return ranked;
    }
}
