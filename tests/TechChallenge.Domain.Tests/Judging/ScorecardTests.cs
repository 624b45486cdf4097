using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class ScorecardTests
{
    private static readonly ScoringCriterion Feasibility = new()
    {
        Name = "Feasibility",
        Weight = 60,
        MaxScore = 10,
    };
    private static readonly ScoringCriterion Cost = new()
    {
        Name = "Cost",
        Weight = 40,
        MaxScore = 10,
    };
    private static readonly ScoringCriterion[] Criteria = [Feasibility, Cost];

    [Fact]
    public void A_card_must_score_every_criterion_within_its_scale()
    {
        var card = new Scorecard { ProposalId = Guid.NewGuid(), JudgeUserId = "j" };

        Assert.Equal(
            RuleCodes.ScoreMissing,
            card.SetScores(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = 5 }, DateTime.UtcNow).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.ScoreOutOfRange,
            card.SetScores(
                Criteria,
                new Dictionary<Guid, decimal> { [Feasibility.Id] = 11, [Cost.Id] = 5 },
                DateTime.UtcNow
            ).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.ScoreOutOfRange,
            card.SetScores(
                Criteria,
                new Dictionary<Guid, decimal> { [Feasibility.Id] = -1, [Cost.Id] = 5 },
                DateTime.UtcNow
            ).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.UnknownCriterion,
            card.SetScores(
                Criteria,
                new Dictionary<Guid, decimal>
                {
                    [Feasibility.Id] = 1,
                    [Cost.Id] = 5,
                    [Guid.NewGuid()] = 3,
                },
                DateTime.UtcNow
            ).Violation?.Code
        );
        Assert.Empty(card.Scores);
    }

    [Fact]
    public void A_draft_keeps_the_scores_given_so_far_and_is_complete_only_when_every_criterion_is_scored()
    {
        var card = new Scorecard { ProposalId = Guid.NewGuid(), JudgeUserId = "j" };
        var first = new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);

        Assert.True(card.SaveDraft(Criteria, new Dictionary<Guid, decimal> { [Cost.Id] = 4 }, first).Succeeded);
        Assert.Equal((Cost.Id, 4m), (card.Scores.Single().CriterionId, card.Scores.Single().Value));
        Assert.False(card.Complete);
        Assert.Equal(first, card.UpdatedAtUtc);

        // A draft still refuses what no full card would take, and keeps what it had.
        Assert.Equal(
            RuleCodes.ScoreOutOfRange,
            card.SaveDraft(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = 10.5m }, first.AddMinutes(1)).Violation?.Code
        );
        Assert.Equal(
            RuleCodes.UnknownCriterion,
            card.SaveDraft(Criteria, new Dictionary<Guid, decimal> { [Guid.NewGuid()] = 1 }, first.AddMinutes(1)).Violation?.Code
        );
        Assert.Equal(4m, card.Scores.Single().Value);
        Assert.Equal(first, card.UpdatedAtUtc);

        Assert.True(
            card.SaveDraft(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = 7, [Cost.Id] = 4 }, first.AddMinutes(2)).Succeeded
        );
        Assert.True(card.Complete);

        // Clearing a score in a draft makes the card incomplete again; a full save cannot.
        Assert.True(card.SaveDraft(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = 7 }, first.AddMinutes(3)).Succeeded);
        Assert.False(card.Complete);
        Assert.Equal(
            RuleCodes.ScoreMissing,
            card.SetScores(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = 7 }, first.AddMinutes(4)).Violation?.Code
        );
        Assert.False(card.Complete);
        Assert.True(
            card.SetScores(Criteria, new Dictionary<Guid, decimal> { [Feasibility.Id] = 7, [Cost.Id] = 5 }, first.AddMinutes(5)).Succeeded
        );
        Assert.True(card.Complete);
    }

    [Fact]
    public void A_card_keeps_its_scores_as_one_vector_in_the_criteria_order_stamped_with_those_criteria()
    {
        var first = new ScoringCriterion
        {
            Name = "Recovery rate",
            Weight = 60,
            SortOrder = 0,
        };
        var second = new ScoringCriterion
        {
            Name = "Process cost",
            Weight = 40,
            SortOrder = 1,
        };
        var card = new Scorecard { ProposalId = Guid.NewGuid(), JudgeUserId = "j" };

        // Given in any order, kept in the criteria's.
        Assert.True(
            card.SetScores([second, first], new Dictionary<Guid, decimal> { [second.Id] = 5, [first.Id] = 7.5m }, DateTime.UtcNow).Succeeded
        );
        Assert.Equal("7.5|5", card.ScoreVector);
        Assert.Equal(Scorecard.CriteriaStamp([first, second]), card.VectorCriteria);
        Assert.Equal([7.5m, 5m], Scorecard.ReadVector(card.ScoreVector, 2)!);

        // A draft leaves a gap, which reads as no complete card.
        Assert.True(card.SaveDraft([first, second], new Dictionary<Guid, decimal> { [second.Id] = 5 }, DateTime.UtcNow).Succeeded);
        Assert.Equal("|5", card.ScoreVector);
        Assert.Null(Scorecard.ReadVector(card.ScoreVector, 2));
        Assert.Null(Scorecard.ReadVector("7|5", 3));
        Assert.Null(Scorecard.ReadVector(null, 2));

        // Other criteria, or the same in another order, have another stamp.
        second.SortOrder = -1;
        Assert.NotEqual(card.VectorCriteria, Scorecard.CriteriaStamp([first, second]));
        Assert.NotEqual(card.VectorCriteria, Scorecard.CriteriaStamp([first]));
    }

    [Fact]
    public void Comments_to_the_solver_are_kept_per_criterion_trimmed_and_limited_in_length()
    {
        var card = new Scorecard { ProposalId = Guid.NewGuid(), JudgeUserId = "j" };
        var scores = new Dictionary<Guid, decimal> { [Feasibility.Id] = 8, [Cost.Id] = 5 };

        Assert.Equal(
            RuleCodes.ScoreCommentTooLong,
            card.SetScores(
                Criteria,
                scores,
                DateTime.UtcNow,
                new Dictionary<Guid, string> { [Cost.Id] = new string('x', Scorecard.MaxCommentLength + 1) }
            ).Violation?.Code
        );
        Assert.Empty(card.Scores);

        Assert.True(
            card.SetScores(
                Criteria,
                scores,
                DateTime.UtcNow,
                new Dictionary<Guid, string> { [Feasibility.Id] = "  Clear pilot data.  ", [Cost.Id] = " " }
            ).Succeeded
        );
        Assert.Equal("Clear pilot data.", card.Scores.Single(s => s.CriterionId == Feasibility.Id).CommentToSolver);
        Assert.Null(card.Scores.Single(s => s.CriterionId == Cost.Id).CommentToSolver);
    }

    [Fact]
    public void A_judges_save_keeps_the_comment_to_the_organisers_trimmed_and_refuses_one_too_long_changing_nothing()
    {
        var card = new Scorecard { ProposalId = Guid.NewGuid(), JudgeUserId = "j" };
        var saved = new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);
        var scores = new Dictionary<Guid, decimal> { [Feasibility.Id] = 8, [Cost.Id] = 5 };
        var toSolver = new Dictionary<Guid, string> { [Feasibility.Id] = " Clear pilot data. " };
        Outcome Save(IReadOnlyDictionary<Guid, decimal> values, string? comment, Recommendation? advice, DateTime at) =>
            card.SaveByJudge(Criteria, values, comment, advice, toSolver, at, draft: false);

        Assert.True(Save(scores, "  Check the supplier.  ", Recommendation.Recommend, saved).Succeeded);
        Assert.Equal(
            ("Check the supplier.", Recommendation.Recommend, true, saved),
            (card.Comment, card.Recommendation, card.Complete, card.UpdatedAtUtc)
        );
        Assert.Equal("Clear pilot data.", card.Scores.Single(s => s.CriterionId == Feasibility.Id).CommentToSolver);

        var tooLong = new string('x', Scorecard.MaxCommentLength + 1);
        var lower = new Dictionary<Guid, decimal> { [Feasibility.Id] = 2, [Cost.Id] = 2 };
        var refused = Save(lower, tooLong, null, saved.AddHours(1));
        Assert.Equal(
            (RuleCodes.ScoreCommentTooLong, (object)Scorecard.MaxCommentLength),
            (refused.Violation?.Code, refused.Violation?.Arguments.Single())
        );
        Assert.Equal(
            (8m, "Check the supplier.", Recommendation.Recommend, saved),
            (card.Scores.Single(s => s.CriterionId == Feasibility.Id).Value, card.Comment, card.Recommendation, card.UpdatedAtUtc)
        );
        Assert.Null(Scorecard.CheckComment(new string('x', Scorecard.MaxCommentLength)));

        // A blank comment is no comment; the scores are checked before the comment.
        Assert.True(Save(scores, "   ", null, saved.AddHours(2)).Succeeded);
        Assert.Equal(((string?)null, (Recommendation?)null), (card.Comment, card.Recommendation));
        Assert.Equal(RuleCodes.ScoreMissing, Save(new Dictionary<Guid, decimal> { [Cost.Id] = 5 }, tooLong, null, saved).Violation?.Code);
    }

    [Fact]
    public void A_judges_draft_may_leave_criteria_unscored_and_drops_the_comment_to_the_solver_of_an_unscored_one()
    {
        var card = new Scorecard { ProposalId = Guid.NewGuid(), JudgeUserId = "j" };
        var toSolver = new Dictionary<Guid, string> { [Feasibility.Id] = "Good.", [Cost.Id] = "Not scored yet." };
        var scores = new Dictionary<Guid, decimal> { [Feasibility.Id] = 7 };

        Assert.True(card.SaveByJudge(Criteria, scores, "Half done", null, toSolver, DateTime.UtcNow, draft: true).Succeeded);
        Assert.Equal((false, "Half done"), (card.Complete, card.Comment));
        Assert.Equal([(Feasibility.Id, "Good.")], card.Scores.Select(s => (s.CriterionId, s.CommentToSolver)));
    }

    [Fact]
    public void A_correction_changes_one_score_keeps_the_rest_and_every_comment_and_is_checked_against_the_scale()
    {
        var card = new Scorecard { ProposalId = Guid.NewGuid(), JudgeUserId = "j" };
        var scores = new Dictionary<Guid, decimal> { [Feasibility.Id] = 5, [Cost.Id] = 6 };
        var toSolver = new Dictionary<Guid, string> { [Cost.Id] = "Cheap binder." };
        var saved = card.SaveByJudge(Criteria, scores, "Internal", Recommendation.Neutral, toSolver, DateTime.UtcNow, draft: false);
        Assert.True(saved.Succeeded);

        Assert.Equal(RuleCodes.ScoreOutOfRange, card.CorrectScore(Criteria, Feasibility.Id, 11, DateTime.UtcNow).Violation?.Code);
        Assert.True(card.CorrectScore(Criteria, Feasibility.Id, 9, DateTime.UtcNow).Succeeded);
        Assert.Equal(
            [(Feasibility.Id, 9m, (string?)null), (Cost.Id, 6m, "Cheap binder.")],
            card.Scores.Select(s => (s.CriterionId, s.Value, s.CommentToSolver))
        );
        Assert.Equal(("Internal", true), (card.Comment, card.Complete));
    }
}
