namespace TechChallenge.Domain.Challenges;

/// <summary>A question to the organiser; it becomes public only when the organiser answers it publicly.</summary>
public sealed class ChallengeQuestion
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public required string AskedByUserId { get; init; }
    public required string Text { get; init; }

    /// <summary>The asker's wish; the organiser decides when answering.</summary>
    public bool AskedPublicly { get; init; }

    public DateTime AskedAtUtc { get; init; }
    public string? Answer { get; private set; }
    public string? AnsweredByUserId { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }
    public AnswerVisibility Visibility { get; private set; } = AnswerVisibility.Private;
    public bool Anonymised { get; private set; }

    public void AnswerWith(string answer, AnswerVisibility visibility, bool anonymise, string userId, DateTime nowUtc)
    {
        Answer = answer.Trim();
        Visibility = visibility;
        Anonymised = anonymise;
        AnsweredByUserId = userId;
        AnsweredAtUtc = nowUtc;
    }

    public bool IsVisibleTo(string? userId) =>
        (Visibility == AnswerVisibility.Public && Answer is not null) || (userId is not null && userId == AskedByUserId);
}
