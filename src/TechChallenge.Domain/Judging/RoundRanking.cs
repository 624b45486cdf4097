using TechChallenge.Domain.Challenges;

namespace TechChallenge.Domain.Judging;

/// <summary>
/// Ranks a round's entries from the judges' complete scorecards.
/// <list type="bullet">
/// <item>A card's weighted score is a percentage of the best possible card, Σ(weightᵢ × scoreᵢ / maxᵢ) × 100 / Σ weightᵢ
/// rounded to 2 decimals, so criteria on different scales count by weight alone.</item>
/// <item>Raw: an entry's score is the mean of its cards' weighted scores, rounded to 2 decimals.</item>
/// <item>Normalised: for each judge, the mean μ and population standard deviation σ of that judge's weighted scores
/// over all their cards in the round; each card becomes z = (score − μ) / σ, and the entry's score is the mean of its
/// cards' z, rounded to 3 decimals. A judge with a single card or with σ = 0 (everything scored alike) contributes
/// z = 0: their cards say nothing about how entries compare. A harsh and a lenient judge who order entries alike thus
/// count alike.</item>
/// <item>Disagreement: the population standard deviation of an entry's weighted scores exceeds the threshold (points
/// on the 0–100 scale); needs at least two cards.</item>
/// <item>Ties (equal score after rounding) are broken by the higher mean score, as a share of its maximum, on the
/// highest-weighted criterion, then the next highest, and so on (equal weights in the criteria's order). Entries still
/// equal on every criterion share a rank (1, 2, 2, 4).</item>
/// <item>Entries without any complete card are listed last without a rank: missing scores never count as zero.</item>
/// </list>
/// </summary>
public static class RoundRanking
{
    public const decimal DefaultDisagreementThreshold = 15m;

    public static IReadOnlyList<RankedProposal> Rank(
        IReadOnlyList<ScoringCriterion> criteria,
        IReadOnlyCollection<RankingEntry> entries,
        IReadOnlyCollection<CardScores> cards,
        RankingBasis basis,
        decimal disagreementThreshold = DefaultDisagreementThreshold
    )
    {
        ArgumentOutOfRangeException.ThrowIfZero(criteria.Count);
        var weights = criteria.Select(c => c.Weight).ToArray();
        var maxima = criteria.Select(c => (decimal)c.MaxScore).ToArray();
        var scored = cards.Select(card => (Card: card, Weighted: WeightedScore(weights, maxima, card))).ToList();

        var zByCard = StandardiseByJudge(scored);
        var byProposal = new Dictionary<Guid, List<int>>(entries.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var proposalId = scored[i].Card.ProposalId;
            if (!byProposal.TryGetValue(proposalId, out var list))
            {
                byProposal[proposalId] = list = [];
            }

            list.Add(i);
        }

        // Tie-break keys: criteria from the highest weight down, each entry's mean share of the maximum. Computed only
        // for entries that tie on the score, which few do.
        var breakOrder = Enumerable
            .Range(0, criteria.Count)
            .OrderByDescending(i => weights[i])
            .ThenBy(i => criteria[i].SortOrder)
            .ToArray();
        decimal[] KeysOf(Row row)
        {
            if (row.Keys is null)
            {
                row.Keys = new decimal[breakOrder.Length];
                for (var k = 0; k < breakOrder.Length; k++)
                {
                    var criterion = breakOrder[k];
                    var sum = 0m;
                    foreach (var i in row.Cards)
                    {
                        sum += scored[i].Card.Values[criterion];
                    }

                    row.Keys[k] = sum / row.Cards.Count / maxima[criterion];
                }
            }

            return row.Keys;
        }

        int Compare(Row a, Row b)
        {
            if (a.Primary is null || b.Primary is null)
            {
                return (a.Primary is null).CompareTo(b.Primary is null);
            }

            var byScore = b.Primary.Value.CompareTo(a.Primary.Value);
            if (byScore != 0)
            {
                return byScore;
            }

            var (keysA, keysB) = (KeysOf(a), KeysOf(b));
            var k = FirstDifference(keysA, keysB);
            return k < 0 ? 0 : keysB[k].CompareTo(keysA[k]);
        }

        var rows = new List<Row>(entries.Count);
        foreach (var entry in entries)
        {
            var indexes = byProposal.GetValueOrDefault(entry.ProposalId) ?? [];
            var missing = entry
                .AssignedJudgeUserIds.Where(j => !indexes.Exists(i => scored[i].Card.JudgeUserId == j))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (indexes.Count == 0)
            {
                rows.Add(new Row(entry.ProposalId, null, null, null, indexes, missing, null));
                continue;
            }

            decimal sum = 0m;
            double zSum = 0;
            foreach (var i in indexes)
            {
                sum += scored[i].Weighted;
                zSum += zByCard[i];
            }

            var mean = sum / indexes.Count;
            var raw = Math.Round(mean, 2, MidpointRounding.AwayFromZero);
            var z = Math.Round((decimal)(zSum / indexes.Count), 3, MidpointRounding.AwayFromZero);
            decimal? spread = null;
            if (indexes.Count >= 2)
            {
                var variance = 0m;
                foreach (var i in indexes)
                {
                    variance += (scored[i].Weighted - mean) * (scored[i].Weighted - mean);
                }

                spread = Math.Round((decimal)Math.Sqrt((double)(variance / indexes.Count)), 2, MidpointRounding.AwayFromZero);
            }

            rows.Add(new Row(entry.ProposalId, raw, z, basis == RankingBasis.Raw ? raw : z, indexes, missing, spread));
        }

        // Entries equal on everything are listed in a fixed order, so the page does not reshuffle them between views.
        rows.Sort((a, b) => Compare(a, b) is var order and not 0 ? order : a.ProposalId.CompareTo(b.ProposalId));
        var result = new List<RankedProposal>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Primary is null)
            {
                result.Add(new RankedProposal(row.ProposalId, null, null, null, 0, row.Missing, null, false, null, false));
                continue;
            }

            var previous = i > 0 && rows[i - 1].Primary is not null ? rows[i - 1] : null;
            var next = i + 1 < rows.Count && rows[i + 1].Primary is not null ? rows[i + 1] : null;
            var sharesWithPrevious = previous is not null && Compare(previous, row) == 0;
            var sharesWithNext = next is not null && Compare(row, next) == 0;
            var rank = sharesWithPrevious ? result[i - 1].Rank : i + 1;

            // The tie this entry won: against the next entry with the same score, the first criterion that separates them.
            TieBreak? tieBreak = null;
            if (next is not null && next.Primary == row.Primary && !sharesWithNext)
            {
                var criterion = criteria[breakOrder[FirstDifference(KeysOf(row), KeysOf(next))]];
                tieBreak = new TieBreak(criterion.Id, criterion.Name, next.ProposalId);
            }

            result.Add(
                new RankedProposal(
                    row.ProposalId,
                    rank,
                    row.Raw,
                    (double?)row.Z,
                    row.Cards.Count,
                    row.Missing,
                    row.Spread,
                    row.Spread > disagreementThreshold,
                    tieBreak,
                    sharesWithPrevious || sharesWithNext
                )
            );
        }

        return result;
    }

    /// <summary>A card's weighted score: the percentage of the best possible card.</summary>
    public static decimal WeightedScore(IReadOnlyList<ScoringCriterion> criteria, IReadOnlyList<decimal> values) =>
        WeightedScore(
            criteria.Select(c => c.Weight).ToArray(),
            criteria.Select(c => (decimal)c.MaxScore).ToArray(),
            new CardScores(Guid.Empty, "", values)
        );

    private static decimal WeightedScore(decimal[] weights, decimal[] maxima, CardScores card)
    {
        if (card.Values.Count != weights.Length)
        {
            throw new ArgumentException(
                $"Card of {card.JudgeUserId} for {card.ProposalId} has {card.Values.Count} values for {weights.Length} criteria.",
                nameof(card)
            );
        }

        decimal sum = 0m,
            totalWeight = 0m;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i] * card.Values[i] / maxima[i];
            totalWeight += weights[i];
        }

        return Math.Round(sum * 100m / totalWeight, 2, MidpointRounding.AwayFromZero);
    }

    private static int FirstDifference(decimal[] a, decimal[] b)
    {
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Each card's z-score against its own judge's cards.</summary>
    private static double[] StandardiseByJudge(List<(CardScores Card, decimal Weighted)> scored)
    {
        var z = new double[scored.Count];
        foreach (var judge in Enumerable.Range(0, scored.Count).GroupBy(i => scored[i].Card.JudgeUserId, StringComparer.Ordinal))
        {
            var indexes = judge.ToArray();
            if (indexes.Length < 2)
            {
                continue;
            }

            var values = indexes.Select(i => (double)scored[i].Weighted).ToArray();
            var mean = values.Average();
            var deviation = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
            if (deviation < 1e-9)
            {
                continue;
            }

            for (var n = 0; n < indexes.Length; n++)
            {
                z[indexes[n]] = (values[n] - mean) / deviation;
            }
        }

        return z;
    }

    private sealed class Row(
        Guid proposalId,
        decimal? raw,
        decimal? z,
        decimal? primary,
        List<int> cards,
        IReadOnlyList<string> missing,
        decimal? spread
    )
    {
        public Guid ProposalId { get; } = proposalId;
        public decimal? Raw { get; } = raw;
        public decimal? Z { get; } = z;
        public decimal? Primary { get; } = primary;

        /// <summary>Indexes of the entry's cards.</summary>
        public List<int> Cards { get; } = cards;

        public IReadOnlyList<string> Missing { get; } = missing;
        public decimal? Spread { get; } = spread;
        public decimal[]? Keys { get; set; }
    }
}
