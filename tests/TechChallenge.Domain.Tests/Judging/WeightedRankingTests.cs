using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class WeightedRankingTests
{
    private static readonly ScoringCriterion Feasibility = new() { Name = "Feasibility", Weight = 60, MaxScore = 10 };
    private static readonly ScoringCriterion Cost = new() { Name = "Cost", Weight = 40, MaxScore = 10 };
    private static readonly ScoringCriterion[] Criteria = [Feasibility, Cost];

    private static Scorecard Card(Guid proposal, string judge, decimal feasibility, decimal cost)
    {
        var card = new Scorecard { ProposalId = proposal, JudgeUserId = judge };
        Assert.True(card.SetScores(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = feasibility, [Cost.Id] = cost }, DateTime.UtcNow).Succeeded);
        return card;
    }

    [Fact]
    public void Weighted_score_is_a_percentage_of_the_best_possible_card()
    {
        // (60 × 8/10 + 40 × 5/10) × 100 / 100 = 48 + 20 = 68
        var card = Card(Guid.NewGuid(), "j1", 8, 5);

        Assert.Equal(68m, WeightedRanking.WeightedScore(Criteria, card.Scores));
    }

    [Fact]
    public void Criteria_on_different_scales_count_by_weight()
    {
        var outOfFive = new ScoringCriterion { Name = "Novelty", Weight = 50, MaxScore = 5 };
        var outOfTen = new ScoringCriterion { Name = "Impact", Weight = 50, MaxScore = 10 };
        var scores = new[] { new CriterionScore { CriterionId = outOfFive.Id, Value = 5 }, new CriterionScore { CriterionId = outOfTen.Id, Value = 5 } };

        // 50 × 5/5 + 50 × 5/10 = 50 + 25 = 75
        Assert.Equal(75m, WeightedRanking.WeightedScore([outOfFive, outOfTen], scores));
    }

    [Fact]
    public void Entries_rank_by_mean_of_judges_ties_share_a_rank_and_unscored_entries_have_none()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();
        Scorecard[] cards =
        [
            Card(a, "j1", 8, 5), Card(a, "j2", 6, 10), // 68 and 76 → 72
            Card(b, "j1", 10, 10),                    // 100
            Card(c, "j1", 9, 3.5m),                   // 54 + 14 = 68
            Card(c, "j2", 10, 4),                     // 60 + 16 = 76 → 72
        ];

        var ranking = WeightedRanking.Rank(Criteria, [a, b, c, d], cards);

        Assert.Equal(
            [(b, 1, 100m, 1), (a, 2, 72m, 2), (c, 2, 72m, 2), (d, (int?)null, (decimal?)null, 0)],
            ranking.Select(r => (r.ProposalId, r.Rank, r.WeightedScore, r.ScorecardCount)).ToArray());
    }

    [Fact]
    public void A_card_must_score_every_criterion_within_its_scale()
    {
        var card = new Scorecard { ProposalId = Guid.NewGuid(), JudgeUserId = "j" };

        Assert.Equal(RuleCodes.ScoreMissing, card.SetScores(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = 5 }, DateTime.UtcNow).Violation?.Code);
        Assert.Equal(RuleCodes.ScoreOutOfRange, card.SetScores(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = 11, [Cost.Id] = 5 }, DateTime.UtcNow).Violation?.Code);
        Assert.Equal(RuleCodes.ScoreOutOfRange, card.SetScores(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = -1, [Cost.Id] = 5 }, DateTime.UtcNow).Violation?.Code);
        Assert.Equal(RuleCodes.UnknownCriterion, card.SetScores(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = 1, [Cost.Id] = 5, [Guid.NewGuid()] = 3 }, DateTime.UtcNow).Violation?.Code);
        Assert.Empty(card.Scores);
    }
}
