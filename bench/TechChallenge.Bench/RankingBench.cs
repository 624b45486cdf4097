using System.Diagnostics;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Bench;

/// <summary>
/// Ranking computation (issue 5): N entries × J judges each × 6 criteria, from a panel of judges with their own
/// harshness, ranked raw and normalised by <see cref="RoundRanking"/>. The baseline, measured in the same run, is the
/// least any ranking must do: one pass computing each card's weighted score and each entry's mean, then a sort.
/// </summary>
internal static class RankingBench
{
    public static void Run(int entries, int judgesPerEntry, int panelSize, int iterations)
    {
        Console.WriteLine(
            $"# Ranking computation · {entries:N0} entries × {judgesPerEntry} judges × 6 criteria · panel of {panelSize} · {iterations} "
                + $"timed runs each · {Environment.ProcessorCount} cores · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"
        );
        var (criteria, rankingEntries, cards) = Generate(entries, judgesPerEntry, panelSize, seed: 2026);
        Console.WriteLine($"{cards.Count:N0} scorecards, {cards.Count * criteria.Count:N0} criterion scores");
        Console.WriteLine();
        Console.WriteLine("| computation | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Row("baseline: weighted means + sort", Time(iterations, () => Baseline(criteria, cards))));
        Console.WriteLine(
            Row("RoundRanking, raw", Time(iterations, () => RoundRanking.Rank(criteria, rankingEntries, cards, RankingBasis.Raw).Count))
        );
        Console.WriteLine(
            Row(
                "RoundRanking, normalised",
                Time(iterations, () => RoundRanking.Rank(criteria, rankingEntries, cards, RankingBasis.Normalized).Count)
            )
        );
    }

    /// <summary>Judges with a harshness of −2…+2 points and entries of a true quality; each score is quality + harshness + noise.</summary>
    public static (IReadOnlyList<ScoringCriterion> Criteria, IReadOnlyList<RankingEntry> Entries, IReadOnlyList<CardScores> Cards) Generate(
        int entries,
        int judgesPerEntry,
        int panelSize,
        int seed
    )
    {
        var random = new Random(seed);
        decimal[] weights = [25, 20, 20, 15, 10, 10];
        var criteria = weights
            .Select(
                (w, i) =>
                    new ScoringCriterion
                    {
                        Name = $"Criterion {i + 1}",
                        Weight = w,
                        MaxScore = 10,
                        SortOrder = i,
                    }
            )
            .ToList();
        var judges = Enumerable.Range(0, panelSize).Select(i => (Id: $"judge-{i:D3}", Harshness: random.NextDouble() * 4 - 2)).ToArray();
        var rankingEntries = new List<RankingEntry>(entries);
        var cards = new List<CardScores>(entries * judgesPerEntry);
        for (var e = 0; e < entries; e++)
        {
            var id = new Guid(e + 1, 0, 0, new byte[8]);
            var quality = random.NextDouble() * 6 + 2;
            var start = random.Next(panelSize);
            var assigned = Enumerable.Range(0, judgesPerEntry).Select(k => judges[(start + k) % panelSize]).ToArray();
            rankingEntries.Add(new RankingEntry(id, assigned.Select(j => j.Id).ToArray()));
            foreach (var judge in assigned)
            {
                var values = criteria
                    .Select(_ => (decimal)(Math.Round(Math.Clamp(quality + judge.Harshness + random.NextDouble() * 2 - 1, 0, 10) * 2) / 2))
                    .ToArray();
                cards.Add(new CardScores(id, judge.Id, values));
            }
        }

        return (criteria, rankingEntries, cards);
    }

    private static int Baseline(IReadOnlyList<ScoringCriterion> criteria, IReadOnlyList<CardScores> cards)
    {
        var weights = criteria.Select(c => c.Weight / c.MaxScore).ToArray();
        var totals = new Dictionary<Guid, (decimal Sum, int Count)>();
        foreach (var card in cards)
        {
            var score = 0m;
            for (var i = 0; i < weights.Length; i++)
            {
                score += weights[i] * card.Values[i];
            }

            totals[card.ProposalId] = totals.TryGetValue(card.ProposalId, out var t) ? (t.Sum + score, t.Count + 1) : (score, 1);
        }

        return totals.OrderByDescending(t => t.Value.Sum / t.Value.Count).Count();
    }

    private static double[] Time(int iterations, Func<int> run)
    {
        for (var i = 0; i < 3; i++)
        {
            run();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static string Row(string name, double[] sorted) =>
        $"| {name} | {Percentile(sorted, 0.50):0.0} | {Percentile(sorted, 0.95):0.0} | {sorted[^1]:0.0} |";

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
