namespace TechChallenge.Domain.Challenges;

/// <summary>One reminder the clock plans: for whom, how long before which deadline, and when that is.</summary>
public sealed record ReminderPlan(int Round, ReminderAudience Audience, TimeSpan Offset, DateTime Deadline)
{
    public DateTime AtUtc => Deadline - Offset;
}
