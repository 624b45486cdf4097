namespace TechChallenge.Domain.Challenges;

public enum AnswerVisibility
{
    /// <summary>Only the asker sees the question and its answer.</summary>
    Private,

    /// <summary>Everyone who can see the challenge sees both; the asker's name is shown unless anonymised.</summary>
    Public,
}
