namespace TechChallenge.Domain.Challenges;

/// <summary>A user who follows a challenge and hears of its announcements, answers and amendments.</summary>
public sealed class ChallengeFollow
{
    public Guid ChallengeId { get; init; }
    public required string UserId { get; init; }
    public DateTime FollowedAtUtc { get; init; }
}

/// <summary>
/// A solver who registered to take part (揭榜报名). For a confidential challenge registering means accepting its
/// terms, and the time of acceptance is what unlocks the details.
/// </summary>
public sealed class ChallengeRegistration
{
    public Guid ChallengeId { get; init; }
    public required string UserId { get; init; }
    public DateTime RegisteredAtUtc { get; init; }
    public DateTime? TermsAcceptedAtUtc { get; init; }
}

public enum AnswerVisibility
{
    /// <summary>Only the asker sees the question and its answer.</summary>
    Private,

    /// <summary>Everyone who can see the challenge sees both; the asker's name is shown unless anonymised.</summary>
    Public,
}

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

/// <summary>A notice from the organiser to everyone following the challenge.</summary>
public sealed class ChallengeAnnouncement
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public required string PostedByUserId { get; init; }
    public DateTime PostedAtUtc { get; init; }
}

/// <summary>A file published with a challenge (its cover image is one of them), stored outside the web root.</summary>
public sealed class ChallengeAttachment
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }
    public required string Sha256 { get; init; }
    public required string StorageKey { get; init; }
    public DateTime UploadedAtUtc { get; init; }
    public bool IsCoverImage { get; init; }
}

public enum ChallengeEventKind
{
    Published,
    Amended,
    AnnouncementPosted,
    QuestionAnsweredPublicly,
    QuestionAnsweredPrivately,
    Cancelled,
}

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
