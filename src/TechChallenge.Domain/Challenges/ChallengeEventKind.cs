namespace TechChallenge.Domain.Challenges;

public enum ChallengeEventKind
{
    Published,
    Amended,
    AnnouncementPosted,
    QuestionAnsweredPublicly,
    QuestionAnsweredPrivately,
    Cancelled,
}
