using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Judging;

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
