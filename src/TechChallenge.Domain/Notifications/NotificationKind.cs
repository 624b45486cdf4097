namespace TechChallenge.Domain.Notifications;

/// <summary>What a notification is about; users choose per kind and channel whether they want it.</summary>
public enum NotificationKind
{
    ChallengeAmended,
    Announcement,
    QuestionAnswered,
    ChallengeCancelled,
    SubmissionsClosed,
    SubmissionReceipt,
    ExtensionDecision,
    JudgeAssigned,
    ResultsPublished,
    AppealAnswered,

    /// <summary>A solver who has not submitted yet: the submission deadline is near.</summary>
    Reminder,

    /// <summary>A judge with scorecards still to fill in: the judging deadline is near.</summary>
    ScoringReminder,

    /// <summary>An organiser: scorecards are still missing as the judging deadline nears.</summary>
    MissingScores,

    /// <summary>A solver was invited to a team for a challenge.</summary>
    TeamInvitation,

    /// <summary>Someone was invited to join a solver organisation.</summary>
    OrganizationInvitation,

    /// <summary>The link that proves an organisation reads mail at its domain.</summary>
    OrganizationDomainProof,

    /// <summary>An organiser: a team asked for more time.</summary>
    ExtensionRequested,

    /// <summary>An expert was invited to judge a challenge.</summary>
    JudgeInvitation,

    /// <summary>An organiser: an invited expert accepted or declined.</summary>
    JudgeInvitationAnswered,

    /// <summary>An organiser: a team appealed a score.</summary>
    AppealFiled,

    /// <summary>A judge or organiser of an entry: a new message in its panel discussion.</summary>
    PanelDiscussion,

    /// <summary>A team: its entry goes on to the next round.</summary>
    Shortlisted,

    /// <summary>A team: its entry does not go on to the next round.</summary>
    NotShortlisted,
}
