namespace TechChallenge.Domain.Challenges;

/// <summary>A round's dated steps, in the order they happen within the round.</summary>
public enum MilestoneKind
{
    SubmissionsOpen,
    SubmissionsClose,
    JudgingOpens,
    JudgingCloses,
    AppealsClose,
    ResultsPublication,
}
