namespace TechChallenge.Domain.Challenges;

public static class ChallengeTypes
{
    /// <summary>The deliverables the submission form asks for, in the order it asks.</summary>
    public static IReadOnlyList<DeliverableKind> RequiredDeliverables(ChallengeType type) =>
        type switch
        {
            ChallengeType.Ideation => [DeliverableKind.Concept],
            ChallengeType.Theoretical => [DeliverableKind.Concept, DeliverableKind.SupportingEvidence],
            ChallengeType.ReductionToPractice => [DeliverableKind.WorkingResult],
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
}
