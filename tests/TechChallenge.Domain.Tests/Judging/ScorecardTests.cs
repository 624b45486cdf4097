using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class ScorecardTests
{
    private static readonly ScoringCriterion Feasibility = new() { Name = "Feasibility", Weight = 60, MaxScore = 10 };
    private static readonly ScoringCriterion Cost = new() { Name = "Cost", Weight = 40, MaxScore = 10 };
    private static readonly ScoringCriterion[] Criteria = [Feasibility, Cost];

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

    [Fact]
    public void Comments_to_the_solver_are_kept_per_criterion_trimmed_and_limited_in_length()
    {
        var card = new Scorecard { ProposalId = Guid.NewGuid(), JudgeUserId = "j" };
        var scores = new Dictionary<Guid, decimal> { [Feasibility.Id] = 8, [Cost.Id] = 5 };

        Assert.Equal(
            RuleCodes.ScoreCommentTooLong,
            card.SetScores(Criteria, scores, DateTime.UtcNow, new Dictionary<Guid, string> { [Cost.Id] = new string('x', Scorecard.MaxCommentLength + 1) }).Violation?.Code);
        Assert.Empty(card.Scores);

        Assert.True(card.SetScores(Criteria, scores, DateTime.UtcNow, new Dictionary<Guid, string> { [Feasibility.Id] = "  Clear pilot data.  ", [Cost.Id] = " " }).Succeeded);
        Assert.Equal("Clear pilot data.", card.Scores.Single(s => s.CriterionId == Feasibility.Id).CommentToSolver);
        Assert.Null(card.Scores.Single(s => s.CriterionId == Cost.Id).CommentToSolver);
    }
}
