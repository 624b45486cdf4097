using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class RoundRankingTests
{
    private static readonly ScoringCriterion Feasibility = new()
    {
        Name = "Feasibility",
        Weight = 60,
        MaxScore = 10,
        SortOrder = 0,
    };
    private static readonly ScoringCriterion Cost = new()
    {
        Name = "Cost",
        Weight = 40,
        MaxScore = 10,
        SortOrder = 1,
    };
    private static readonly ScoringCriterion[] TwoCriteria = [Feasibility, Cost];

    private static readonly Guid P1 = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid P2 = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid P3 = new("00000000-0000-0000-0000-000000000003");
    private static readonly Guid P4 = new("00000000-0000-0000-0000-000000000004");

    private static CardScores Card(Guid proposal, string judge, params decimal[] values) => new(proposal, judge, values);

    private static RankingEntry Entry(Guid proposal, params string[] judges) => new(proposal, judges);

    // With weights 60/40 on 0–10, a card's weighted score is 6 × feasibility + 4 × cost.
    // Harsh judge H: P1 = 40, P2 = 20 → μ 30, σ 10 → z +1, −1.
    // Lenient judge L: P2 = 90, P3 = 80 → μ 85, σ 5 → z +1, −1.
    private static readonly CardScores[] HarshAndLenient =
    [
        Card(P1, "H", 4, 4),
        Card(P2, "H", 2, 2),
        Card(P2, "L", 9, 9),
        Card(P3, "L", 8, 8),
    ];

    private static readonly RankingEntry[] HarshAndLenientEntries = [Entry(P1, "H"), Entry(P2, "H", "L"), Entry(P3, "L")];

    [Fact]
    public void Weighted_score_is_a_percentage_of_the_best_possible_card()
    {
        // (60 × 8/10 + 40 × 5/10) × 100 / 100 = 48 + 20 = 68
        Assert.Equal(68m, RoundRanking.WeightedScore(TwoCriteria, [8, 5]));
    }

    [Fact]
    public void Criteria_on_different_scales_count_by_weight()
    {
        var outOfFive = new ScoringCriterion
        {
            Name = "Novelty",
            Weight = 50,
            MaxScore = 5,
        };
        var outOfTen = new ScoringCriterion
        {
            Name = "Impact",
            Weight = 50,
            MaxScore = 10,
        };

        // 50 × 5/5 + 50 × 5/10 = 50 + 25 = 75
        Assert.Equal(75m, RoundRanking.WeightedScore([outOfFive, outOfTen], [5, 5]));
    }

    [Fact]
    public void Raw_ranking_is_the_mean_of_weighted_scores()
    {
        var ranking = RoundRanking.Rank(TwoCriteria, HarshAndLenientEntries, HarshAndLenient, RankingBasis.Raw);

        // P3 = 80, P2 = (20 + 90) / 2 = 55, P1 = 40: the lenient judge's entries win.
        Assert.Equal([P3, P2, P1], ranking.Select(r => r.ProposalId));
        Assert.Equal([80m, 55m, 40m], ranking.Select(r => r.RawScore!.Value));
        Assert.Equal([1, 2, 3], ranking.Select(r => r.Rank!.Value));
    }

    [Fact]
    public void Normalised_ranking_makes_a_harsh_and_a_lenient_judge_count_alike()
    {
        var ranking = RoundRanking.Rank(TwoCriteria, HarshAndLenientEntries, HarshAndLenient, RankingBasis.Normalized);

        // P1 = +1 (H's best), P2 = (−1 + 1) / 2 = 0, P3 = −1 (L's worst).
        Assert.Equal([P1, P2, P3], ranking.Select(r => r.ProposalId));
        Assert.Equal([1.0, 0.0, -1.0], ranking.Select(r => r.NormalizedScore!.Value));
        Assert.Equal([40m, 55m, 80m], ranking.Select(r => r.RawScore!.Value));
    }

    [Fact]
    public void Entries_whose_scores_spread_beyond_the_threshold_are_flagged()
    {
        var ranking = RoundRanking
            .Rank(TwoCriteria, HarshAndLenientEntries, HarshAndLenient, RankingBasis.Raw)
            .ToDictionary(r => r.ProposalId);

        // P2: 20 and 90, population standard deviation 35.
        Assert.Equal(35m, ranking[P2].RawSpread);
        Assert.True(ranking[P2].Disagreement);
        Assert.Null(ranking[P1].RawSpread);
        Assert.False(ranking[P1].Disagreement);

        var lenient = RoundRanking
            .Rank(TwoCriteria, HarshAndLenientEntries, HarshAndLenient, RankingBasis.Raw, disagreementThreshold: 35m)
            .ToDictionary(r => r.ProposalId);
        Assert.False(lenient[P2].Disagreement);
    }

    [Fact]
    public void A_judge_who_scores_everything_alike_contributes_zero_when_normalised()
    {
        CardScores[] cards = [Card(P1, "Flat", 5, 5), Card(P2, "Flat", 5, 5), Card(P1, "Other", 9, 9), Card(P2, "Other", 3, 3)];

        var ranking = RoundRanking
            .Rank(TwoCriteria, [Entry(P1, "Flat", "Other"), Entry(P2, "Flat", "Other")], cards, RankingBasis.Normalized)
            .ToDictionary(r => r.ProposalId);

        // Other: 90 and 30 → z +1, −1; Flat: σ = 0 → 0 for both. Means: P1 0.5, P2 −0.5.
        Assert.Equal(0.5, ranking[P1].NormalizedScore);
        Assert.Equal(-0.5, ranking[P2].NormalizedScore);
    }

    [Fact]
    public void Missing_scores_are_named_and_never_count_as_zero()
    {
        CardScores[] cards = [Card(P1, "A", 5, 5), Card(P2, "A", 1, 1)];
        RankingEntry[] entries = [Entry(P1, "A", "B"), Entry(P2, "A"), Entry(P4, "A", "B")];

        var ranking = RoundRanking.Rank(TwoCriteria, entries, cards, RankingBasis.Raw);

        Assert.Equal([P1, P2, P4], ranking.Select(r => r.ProposalId));
        Assert.Equal(50m, ranking[0].RawScore); // B's missing card does not pull it to 25
        Assert.Equal(["B"], ranking[0].MissingJudgeUserIds);
        Assert.Empty(ranking[1].MissingJudgeUserIds);
        Assert.Null(ranking[2].Rank);
        Assert.Null(ranking[2].RawScore);
        Assert.Equal(0, ranking[2].CardCount);
        Assert.Equal(["A", "B"], ranking[2].MissingJudgeUserIds);
    }

    [Fact]
    public void A_tie_is_broken_by_the_highest_weighted_criterion_and_the_rule_is_named()
    {
        // P1: 6 × 8 + 4 × 5 = 68; P2: 6 × 6 + 4 × 8 = 68. Feasibility (weight 60): 0.8 against 0.6.
        CardScores[] cards = [Card(P2, "A", 6, 8), Card(P1, "A", 8, 5)];

        var ranking = RoundRanking.Rank(TwoCriteria, [Entry(P1, "A"), Entry(P2, "A")], cards, RankingBasis.Raw);

        Assert.Equal([P1, P2], ranking.Select(r => r.ProposalId));
        Assert.Equal([1, 2], ranking.Select(r => r.Rank!.Value));
        Assert.Equal(new TieBreak(Feasibility.Id, "Feasibility", P2), ranking[0].TieBrokenBy);
        Assert.Null(ranking[1].TieBrokenBy);
        Assert.False(ranking[0].RankShared);
    }

    [Fact]
    public void When_the_top_criterion_is_equal_the_next_weighted_one_decides()
    {
        var novelty = new ScoringCriterion
        {
            Name = "Novelty",
            Weight = 50,
            SortOrder = 0,
        };
        var impact = new ScoringCriterion
        {
            Name = "Impact",
            Weight = 30,
            SortOrder = 1,
        };
        var cost = new ScoringCriterion
        {
            Name = "Cost",
            Weight = 20,
            SortOrder = 2,
        };

        // Values in the criteria's order (cost, novelty, impact).
        // P1: 4 + 25 + 18 = 47; P2: 10 + 25 + 12 = 47. Novelty equal; Impact 0.6 against 0.4 decides before Cost.
        var ranking = RoundRanking.Rank(
            [cost, novelty, impact],
            [Entry(P2, "A"), Entry(P1, "A")],
            [Card(P1, "A", 2, 5, 6), Card(P2, "A", 5, 5, 4)],
            RankingBasis.Raw
        );

        Assert.Equal([P1, P2], ranking.Select(r => r.ProposalId));
        Assert.Equal("Impact", ranking[0].TieBrokenBy!.CriterionName);
        Assert.Equal(47m, ranking[0].RawScore);
        Assert.Equal(47m, ranking[1].RawScore);
    }

    [Fact]
    public void Entries_equal_on_every_criterion_share_a_rank()
    {
        CardScores[] cards = [Card(P1, "A", 8, 5), Card(P3, "B", 8, 5), Card(P2, "A", 6, 8), Card(P4, "A", 9, 9)];

        var ranking = RoundRanking
            .Rank(TwoCriteria, [Entry(P1, "A"), Entry(P2, "A"), Entry(P3, "B"), Entry(P4, "A")], cards, RankingBasis.Raw)
            .ToDictionary(r => r.ProposalId);

        Assert.Equal(1, ranking[P4].Rank);
        Assert.Equal(2, ranking[P1].Rank);
        Assert.Equal(2, ranking[P3].Rank);
        Assert.True(ranking[P1].RankShared);
        Assert.True(ranking[P3].RankShared);
        Assert.Equal(4, ranking[P2].Rank);
        Assert.False(ranking[P2].RankShared);
    }

    [Fact]
    public void A_card_with_the_wrong_number_of_values_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RoundRanking.Rank(TwoCriteria, [Entry(P1, "A")], [Card(P1, "A", 5)], RankingBasis.Raw));
    }
}
