namespace TechChallenge.Domain.Challenges;

/// <summary>
/// Something that happened to a challenge that people should hear about. Recorded in the same transaction as the
/// change; the notifications feature turns these into in-app messages and e-mails for the audience: the challenge's
/// followers, or the one <see cref="RecipientUserId"/>.
/// </summary>
public sealed class ChallengeEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public ChallengeEventKind Kind { get; init; }

    /// <summary>The announcement, question or revision the event is about.</summary>
    public Guid? SubjectId { get; init; }

    /// <summary>Null: everyone who follows the challenge when the event is delivered.</summary>
    public string? RecipientUserId { get; init; }

    public DateTime OccurredAtUtc { get; init; }
    public DateTime? DispatchedAtUtc { get; set; }
}
