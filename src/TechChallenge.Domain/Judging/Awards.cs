using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Judging;

/// <summary>A prize given to one entry when the results are published.</summary>
public sealed class Award
{
    public const int MaxTitleLength = 100;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public Guid ProposalId { get; init; }

    /// <summary>1 for the first place; entries may share a place.</summary>
    public int Place { get; init; }

    /// <summary>As the organisers word it, e.g. "一等奖 First prize".</summary>
    public required string Title { get; init; }

    public decimal? Amount { get; init; }
}

/// <summary>An award as organisers plan it before the results are published.</summary>
public sealed record AwardPlan(Guid ProposalId, int Place, string Title, decimal? Amount);

public static class Awards
{
    /// <summary>Each award goes to one of the challenge's submitted entries, once, with a place, a title and no negative amount.</summary>
    public static RuleViolation? Check(IReadOnlyList<AwardPlan> awards, IReadOnlySet<Guid> entries)
    {
        foreach (var award in awards)
        {
            if (!entries.Contains(award.ProposalId))
            {
                return new RuleViolation(RuleCodes.NotFound);
            }

            if (award.Place < 1)
            {
                return new RuleViolation(RuleCodes.AwardPlaceInvalid);
            }

            if (string.IsNullOrWhiteSpace(award.Title) || award.Title.Trim().Length > Award.MaxTitleLength)
            {
                return new RuleViolation(RuleCodes.AwardTitleRequired, Award.MaxTitleLength);
            }

            if (award.Amount < 0)
            {
                return new RuleViolation(RuleCodes.AwardNegative);
            }
        }

        return awards.Select(a => a.ProposalId).Distinct().Count() == awards.Count ? null : new RuleViolation(RuleCodes.AwardDuplicate);
    }
}
