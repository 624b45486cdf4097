using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Challenges;

/// <summary>An enterprise's technical need, published by a sub-center as an innovation challenge.</summary>
public sealed class Challenge
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid SubCenterId { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string Description { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string? Award { get; set; }
    public DateTime? SubmissionDeadlineUtc { get; set; }
    public ChallengeStatus Status { get; private set; } = ChallengeStatus.Draft;
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? PublishedAtUtc { get; private set; }
    public required string CreatedByUserId { get; init; }

    /// <summary>Optimistic-concurrency token, renewed on every save.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ScoringCriterion> Criteria { get; init; } = [];
    public List<ChallengeTransition> Transitions { get; init; } = [];
    public List<JudgeAssignment> Judges { get; init; } = [];

    /// <summary>Moves the challenge through its lifecycle if <see cref="ChallengeLifecycle"/> allows it, and records the move.</summary>
    public Outcome Apply(ChallengeTrigger trigger, DateTime nowUtc, string? actorUserId, string? reason = null)
    {
        var check = ChallengeLifecycle.Check(this, trigger, nowUtc, reason);
        if (!check.Succeeded)
        {
            return check;
        }

        Transitions.Add(new ChallengeTransition
        {
            ChallengeId = Id,
            From = Status,
            To = check.Value,
            Trigger = trigger,
            ActorUserId = actorUserId,
            AtUtc = nowUtc,
            Reason = reason,
        });
        if (trigger == ChallengeTrigger.Publish)
        {
            PublishedAtUtc = nowUtc;
        }

        Status = check.Value;
        return Outcome.Success;
    }
}

/// <summary>A judge invited to score a challenge's entries.</summary>
public sealed class JudgeAssignment
{
    public Guid ChallengeId { get; set; }
    public required string JudgeUserId { get; init; }
    public DateTime AssignedAtUtc { get; init; }
}
