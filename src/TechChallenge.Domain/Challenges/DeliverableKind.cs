namespace TechChallenge.Domain.Challenges;

/// <summary>A part of a proposal that the challenge's type asks for.</summary>
public enum DeliverableKind
{
    Concept,
    SupportingEvidence,
    WorkingResult,
}
