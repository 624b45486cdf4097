namespace TechChallenge.Domain.Challenges;

/// <summary>Who a deadline reminder is for.</summary>
public enum ReminderAudience
{
    /// <summary>Solvers who registered but have not submitted, before the submission deadline.</summary>
    Solvers,

    /// <summary>Judges with scorecards outstanding (and the organisers, in summary), before judging closes.</summary>
    Judges,
}
