using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Challenges;

public sealed record QuestionView(
    Guid Id,
    string Text,
    // Null when the question was published anonymised (the asker still sees their own).
    string? AskedBy,
    bool AskedByViewer,
    bool AskedPublicly,
    DateTime AskedAtUtc,
    string? Answer,
    DateTime? AnsweredAtUtc,
    AnswerVisibility Visibility,
    bool Anonymised
);

public sealed record AnnouncementView(Guid Id, string Title, string Body, DateTime PostedAtUtc);
