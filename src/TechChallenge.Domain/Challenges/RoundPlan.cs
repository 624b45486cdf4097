namespace TechChallenge.Domain.Challenges;

/// <summary>A round as an author plans it, before it belongs to a challenge.</summary>
public sealed record RoundPlan(
    string Name,
    DateTime SubmissionOpensUtc,
    DateTime SubmissionClosesUtc,
    DateTime JudgingOpensUtc,
    DateTime JudgingClosesUtc,
    DateTime? AppealsClosesUtc = null,
    DateTime? ResultsPublishUtc = null
)
{
    /// <summary>When the round is over: its last dated step.</summary>
    public DateTime EndsUtc => new[] { JudgingClosesUtc, AppealsClosesUtc ?? default, ResultsPublishUtc ?? default }.Max();
}
