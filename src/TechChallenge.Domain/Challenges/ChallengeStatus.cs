namespace TechChallenge.Domain.Challenges;

public enum ChallengeStatus
{
    Draft,
    SubmissionsOpen,
    SubmissionsClosed,
    Judging,
    ResultsPublished,
    Archived,
    Cancelled,
}

/// <summary>What asks the lifecycle to move. Time-based triggers come from the scheduled jobs.</summary>
public enum ChallengeTrigger
{
    Publish,
    CloseSubmissions,
    StartJudging,
    PublishResults,
    Archive,
    Cancel,
}
