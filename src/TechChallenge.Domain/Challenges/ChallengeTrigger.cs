namespace TechChallenge.Domain.Challenges;

/// <summary>What asks the lifecycle to move. Time-based triggers come from the scheduled jobs.</summary>
public enum ChallengeTrigger
{
    SubmitForReview,
    ReturnForChanges,
    Approve,
    Publish,
    OpenSubmissions,
    CloseSubmissions,
    StartJudging,
    PublishResults,
    Archive,
    Cancel,
}
