namespace TechChallenge.Domain.Challenges;

/// <summary>
/// Where a challenge stands. The order is the lifecycle's order: draft → submitted for review → (returned | approved)
/// → published → submissions open → submissions closed → judging → results published → archived, or cancelled.
/// </summary>
public enum ChallengeStatus
{
    Draft,
    SubmittedForReview,
    ReturnedForChanges,
    Approved,
    Published,
    SubmissionsOpen,
    SubmissionsClosed,
    Judging,
    ResultsPublished,
    Archived,
    Cancelled,
}
