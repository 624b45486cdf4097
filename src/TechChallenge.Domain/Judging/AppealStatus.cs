namespace TechChallenge.Domain.Judging;

public enum AppealStatus
{
    Open,

    /// <summary>The organisers agreed; scores may have been corrected.</summary>
    Upheld,
    Rejected,
}
