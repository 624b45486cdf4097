using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Judging;

/// <summary>One judge's scores for one proposal, one per criterion.</summary>
public sealed class Scorecard
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProposalId { get; init; }
    public required string JudgeUserId { get; init; }
    public DateTime UpdatedAtUtc { get; set; }
    public string? Comment { get; set; }
    public List<CriterionScore> Scores { get; init; } = [];

    /// <summary>Replaces the scores after checking that every criterion has exactly one score within its scale.</summary>
    public Outcome SetScores(IReadOnlyCollection<ScoringCriterion> criteria, IReadOnlyDictionary<Guid, decimal> scores, DateTime nowUtc)
    {
        if (CheckScores(criteria, scores) is { } violation)
        {
            return Outcome.Refused(violation);
        }

        Scores.Clear();
        Scores.AddRange(criteria.Select(c => new CriterionScore { ScorecardId = Id, CriterionId = c.Id, Value = scores[c.Id] }));
        UpdatedAtUtc = nowUtc;
        return Outcome.Success;
    }

    public static RuleViolation? CheckScores(IReadOnlyCollection<ScoringCriterion> criteria, IReadOnlyDictionary<Guid, decimal> scores)
    {
        var known = criteria.Select(c => c.Id).ToHashSet();
        if (scores.Keys.Any(id => !known.Contains(id)))
        {
            return new RuleViolation(RuleCodes.UnknownCriterion);
        }

        foreach (var criterion in criteria)
        {
            if (!scores.TryGetValue(criterion.Id, out var value))
            {
                return new RuleViolation(RuleCodes.ScoreMissing, criterion.Name);
            }

            if (value < 0 || value > criterion.MaxScore)
            {
                return new RuleViolation(RuleCodes.ScoreOutOfRange, criterion.Name, 0, criterion.MaxScore);
            }
        }

        return null;
    }
}

public sealed class CriterionScore
{
    public Guid ScorecardId { get; init; }
    public Guid CriterionId { get; init; }
    public decimal Value { get; init; }
}
