using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Judging;

/// <summary>
/// One judge's scores for one proposal, one per criterion, each with an optional comment meant for the solver; a
/// comment to the organisers and an overall recommendation. A card is kept as the judge fills it in (autosave), and
/// counts in the ranking only once it is <see cref="Complete"/>: every criterion scored.
/// </summary>
public sealed class Scorecard
{
    public const int MaxCommentLength = 2000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ProposalId { get; init; }
    public required string JudgeUserId { get; init; }

    /// <summary>Each round has its own card, on that round's criteria.</summary>
    public int RoundNumber { get; init; } = 1;

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>For the organisers only.</summary>
    public string? Comment { get; private set; }

    public Recommendation? Recommendation { get; private set; }
    public List<CriterionScore> Scores { get; init; } = [];

    /// <summary>Every criterion has a score; only complete cards count in the ranking.</summary>
    public bool Complete { get; private set; }

    /// <summary>
    /// The scores again, in the criteria's order, as one text ("8|5|7.5"; empty where unscored), so that the ranking
    /// reads one row per card instead of one per score. <see cref="VectorCriteria"/> says which criteria, in which
    /// order, it follows: a vector of other criteria is not used.
    /// </summary>
    public string? ScoreVector { get; private set; }

    /// <summary>A stamp of the criteria <see cref="ScoreVector"/> follows (<see cref="CriteriaStamp"/>).</summary>
    public string? VectorCriteria { get; private set; }

    /// <summary>Identifies a set of criteria in their order; changes if a criterion is added, removed or moved.</summary>
    public static string CriteriaStamp(IEnumerable<ScoringCriterion> criteria) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", InOrder(criteria).Select(c => c.Id)))))[..16];

    /// <summary>The values of a <see cref="ScoreVector"/>, or null if it is not a complete card of that many criteria.</summary>
    public static decimal[]? ReadVector(string? vector, int criteriaCount)
    {
        var parts = vector?.Split('|');
        if (parts is null || parts.Length != criteriaCount)
        {
            return null;
        }

        var values = new decimal[criteriaCount];
        for (var i = 0; i < criteriaCount; i++)
        {
            if (!decimal.TryParse(parts[i], NumberStyles.Number, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }

        return values;
    }

    private static IEnumerable<ScoringCriterion> InOrder(IEnumerable<ScoringCriterion> criteria) =>
        criteria.OrderBy(c => c.SortOrder).ThenBy(c => c.Id);

    /// <summary>
    /// The judge saves the card as they filled it in: the scores (every criterion, unless <paramref name="draft"/>),
    /// each criterion's comment to the solver, the comment to the organisers and the recommendation. Comments are kept
    /// trimmed, a blank one as none, each at most <see cref="MaxCommentLength"/> characters; a comment to the solver
    /// goes with its criterion's score, so it is dropped where the criterion is not scored. Refused, nothing changes.
    /// </summary>
    public Outcome SaveByJudge(
        IReadOnlyCollection<ScoringCriterion> criteria,
        IReadOnlyDictionary<Guid, decimal> scores,
        string? comment,
        Recommendation? recommendation,
        IReadOnlyDictionary<Guid, string>? commentsToSolver,
        DateTime nowUtc,
        bool draft
    )
    {
        if ((Check(criteria, scores, commentsToSolver, requireEveryCriterion: !draft) ?? CheckComment(comment)) is { } violation)
        {
            return Outcome.Refused(violation);
        }

        Write(criteria, scores, commentsToSolver, nowUtc);
        Comment = Trimmed(comment);
        Recommendation = recommendation;
        return Outcome.Success;
    }

    /// <summary>The comment to the organisers may be left out; at most <see cref="MaxCommentLength"/> characters.</summary>
    public static RuleViolation? CheckComment(string? comment) =>
        comment?.Trim().Length > MaxCommentLength ? new RuleViolation(RuleCodes.ScoreCommentTooLong, MaxCommentLength) : null;

    /// <summary>
    /// The organisers correct one score when upholding an appeal. The card is locked to judges by then; it keeps its
    /// other scores and every comment, and the new score goes through the same scale check.
    /// </summary>
    public Outcome CorrectScore(IReadOnlyCollection<ScoringCriterion> criteria, Guid criterionId, decimal newValue, DateTime nowUtc)
    {
        var scores = Scores.ToDictionary(s => s.CriterionId, s => s.Value);
        scores[criterionId] = newValue;
        var comments = Scores.Where(s => s.CommentToSolver is not null).ToDictionary(s => s.CriterionId, s => s.CommentToSolver!);
        return SetScores(criteria, scores, nowUtc, comments);
    }

    /// <summary>Replaces the scores after checking that every criterion has exactly one score within its scale.</summary>
    public Outcome SetScores(
        IReadOnlyCollection<ScoringCriterion> criteria,
        IReadOnlyDictionary<Guid, decimal> scores,
        DateTime nowUtc,
        IReadOnlyDictionary<Guid, string>? commentsToSolver = null
    ) => Apply(criteria, scores, nowUtc, commentsToSolver, requireEveryCriterion: true);

    /// <summary>
    /// Keeps what the judge has entered so far (some criteria may have no score yet); each score given must still be
    /// within its scale. The card is complete if every criterion happens to be scored.
    /// </summary>
    public Outcome SaveDraft(
        IReadOnlyCollection<ScoringCriterion> criteria,
        IReadOnlyDictionary<Guid, decimal> scores,
        DateTime nowUtc,
        IReadOnlyDictionary<Guid, string>? commentsToSolver = null
    ) => Apply(criteria, scores, nowUtc, commentsToSolver, requireEveryCriterion: false);

    private Outcome Apply(
        IReadOnlyCollection<ScoringCriterion> criteria,
        IReadOnlyDictionary<Guid, decimal> scores,
        DateTime nowUtc,
        IReadOnlyDictionary<Guid, string>? commentsToSolver,
        bool requireEveryCriterion
    )
    {
        if (Check(criteria, scores, commentsToSolver, requireEveryCriterion) is { } violation)
        {
            return Outcome.Refused(violation);
        }

        Write(criteria, scores, commentsToSolver, nowUtc);
        return Outcome.Success;
    }

    private static RuleViolation? Check(
        IReadOnlyCollection<ScoringCriterion> criteria,
        IReadOnlyDictionary<Guid, decimal> scores,
        IReadOnlyDictionary<Guid, string>? commentsToSolver,
        bool requireEveryCriterion
    ) =>
        CheckScores(criteria, scores, requireEveryCriterion)
        ?? (
            commentsToSolver?.Values.Any(c => c.Trim().Length > MaxCommentLength) == true
                ? new RuleViolation(RuleCodes.ScoreCommentTooLong, MaxCommentLength)
                : null
        );

    private void Write(
        IReadOnlyCollection<ScoringCriterion> criteria,
        IReadOnlyDictionary<Guid, decimal> scores,
        IReadOnlyDictionary<Guid, string>? commentsToSolver,
        DateTime nowUtc
    )
    {
        Scores.Clear();
        Scores.AddRange(
            criteria
                .Where(c => scores.ContainsKey(c.Id))
                .Select(c => new CriterionScore
                {
                    ScorecardId = Id,
                    CriterionId = c.Id,
                    Value = scores[c.Id],
                    CommentToSolver = Trimmed(commentsToSolver?.GetValueOrDefault(c.Id)),
                })
        );
        Complete = criteria.All(c => scores.ContainsKey(c.Id));
        ScoreVector = string.Join(
            '|',
            InOrder(criteria).Select(c => scores.TryGetValue(c.Id, out var value) ? value.ToString(CultureInfo.InvariantCulture) : "")
        );
        VectorCriteria = CriteriaStamp(criteria);
        UpdatedAtUtc = nowUtc;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static RuleViolation? CheckScores(
        IReadOnlyCollection<ScoringCriterion> criteria,
        IReadOnlyDictionary<Guid, decimal> scores,
        bool requireEveryCriterion
    )
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
                if (requireEveryCriterion)
                {
                    return new RuleViolation(RuleCodes.ScoreMissing, criterion.Name);
                }

                continue;
            }

            if (value < 0 || value > criterion.MaxScore)
            {
                return new RuleViolation(RuleCodes.ScoreOutOfRange, criterion.Name, 0, criterion.MaxScore);
            }
        }

        return null;
    }
}
