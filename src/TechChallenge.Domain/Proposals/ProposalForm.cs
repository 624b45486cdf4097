using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Proposals;

/// <summary>The proposal form a challenge asks for: its type's deliverables first, then one section per criterion.</summary>
public static class ProposalForm
{
    public const int MaxSectionLength = 20_000;

    public static string DeliverableKey(DeliverableKind kind) => $"deliverable:{kind}";

    public static string CriterionKey(Guid criterionId) => $"criterion:{criterionId:N}";

    public static IReadOnlyList<ProposalSection> For(Challenge challenge) =>
        [
            .. ChallengeTypes
                .RequiredDeliverables(challenge.Type)
                .Select(kind => new ProposalSection(DeliverableKey(kind), kind, null, "", "")),
            .. challenge.CriteriaOf(1).Select(c => new ProposalSection(CriterionKey(c.Id), null, c.Id, c.Name, c.Description)),
        ];

    /// <summary>
    /// The answers in the form's order, trimmed, keeping only the form's sections (a criterion removed after the solver
    /// answered it is dropped from what is submitted, not kept invisibly).
    /// </summary>
    public static IReadOnlyList<SectionAnswer> Normalize(IReadOnlyList<ProposalSection> form, IEnumerable<SectionAnswer> answers)
    {
        var byKey = answers.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Last().Text);
        return [.. form.Select(section => new SectionAnswer(section.Key, byKey.GetValueOrDefault(section.Key)?.Trim() ?? ""))];
    }

    /// <summary>The first section left empty or too long, by its position in the form (1-based), or null.</summary>
    public static RuleViolation? CheckComplete(IReadOnlyList<ProposalSection> form, IReadOnlyList<SectionAnswer> answers)
    {
        var normalized = Normalize(form, answers);
        for (var i = 0; i < form.Count; i++)
        {
            if (normalized[i].Text.Length == 0)
            {
                return new RuleViolation(RuleCodes.ProposalSectionRequired, i + 1);
            }

            if (normalized[i].Text.Length > MaxSectionLength)
            {
                return new RuleViolation(RuleCodes.ProposalSectionTooLong, i + 1, MaxSectionLength);
            }
        }

        return null;
    }
}
