using TechChallenge.Domain.Challenges;

namespace TechChallenge.Domain.Proposals;

/// <summary>
/// One section of the proposal form: a deliverable the challenge's type asks for, or "how does your solution address"
/// one scoring criterion. <see cref="Key"/> is stable while the challenge keeps the criterion.
/// </summary>
public sealed record ProposalSection(
    string Key,
    DeliverableKind? Deliverable,
    Guid? CriterionId,
    string CriterionName,
    string CriterionDescription
);
