namespace TechChallenge.Domain.Common;

/// <summary>
/// Stable codes of business-rule refusals. The web app has a localized message for each (resource key "Rule.{code}"),
/// so a new code needs an entry in both resource files.
/// </summary>
public static class RuleCodes
{
    public const string TransitionNotAllowed = "Lifecycle.TransitionNotAllowed";
    public const string TransitionRoleNotAllowed = "Lifecycle.RoleNotAllowed";
    public const string ReviewCommentRequired = "Lifecycle.ReviewCommentRequired";
    public const string OpeningNotReached = "Lifecycle.OpeningNotReached";
    public const string ChallengeNotEditable = "Challenge.NotEditable";
    public const string ConcurrentEdit = "Challenge.ConcurrentEdit";
    public const string MaterialChangeNoteRequired = "Challenge.MaterialChangeNoteRequired";
    public const string OpeningAlreadyPassed = "Challenge.OpeningAlreadyPassed";
    public const string SummaryRequired = "Challenge.SummaryRequired";
    public const string StatementRequired = "Challenge.StatementRequired";
    public const string AwardNegative = "Challenge.AwardNegative";
    public const string AwardCurrencyRequired = "Challenge.AwardCurrencyRequired";
    public const string ConfidentialityTermsRequired = "Challenge.ConfidentialityTermsRequired";
    public const string RoundsRequired = "Round.Required";
    public const string RoundNameRequired = "Round.NameRequired";
    public const string RoundWindowReversed = "Round.WindowReversed";
    public const string RoundJudgingBeforeSubmissionsClose = "Round.JudgingBeforeSubmissionsClose";
    public const string RoundsOverlap = "Round.Overlap";
    public const string RoundInPast = "Round.InPast";
    public const string RoundAppealsBeforeJudgingCloses = "Round.AppealsBeforeJudgingCloses";
    public const string RoundResultsBeforeJudgingEnds = "Round.ResultsBeforeJudgingEnds";
    public const string RoundResultsOnlyInLastRound = "Round.ResultsOnlyInLastRound";
    public const string ResultsNotScheduled = "Lifecycle.ResultsNotScheduled";
    public const string JobRunNotFailed = "Jobs.RunNotFailed";
    public const string TermsNotAccepted = "Challenge.TermsNotAccepted";
    public const string RegistrationClosed = "Challenge.RegistrationClosed";
    public const string QuestionTextRequired = "Question.TextRequired";
    public const string AnswerTextRequired = "Question.AnswerRequired";
    public const string AnnouncementTextRequired = "Announcement.TextRequired";
    public const string SubCenterNameRequired = "SubCenter.NameRequired";
    public const string RegionUnknown = "Region.Unknown";
    public const string InvitationEmailInvalid = "Invitation.EmailInvalid";
    public const string InvitationInvalid = "Invitation.Invalid";
    public const string InvitationForAnotherEmail = "Invitation.ForAnotherEmail";
    public const string AppealsNotOpen = "Appeal.NotOpen";
    public const string ShortlistEmpty = "Shortlist.Empty";
    public const string ShortlistNoNextRound = "Shortlist.NoNextRound";
    public const string ShortlistAlreadyMade = "Shortlist.AlreadyMade";
    public const string ShortlistNotYet = "Shortlist.NotYet";
    public const string AppealWindowClosed = "Appeal.WindowClosed";
    public const string AppealTextInvalid = "Appeal.TextInvalid";
    public const string AppealAlreadyOpen = "Appeal.AlreadyOpen";
    public const string AppealAlreadyAnswered = "Appeal.AlreadyAnswered";
    public const string AppealCorrectionNeedsUpheld = "Appeal.CorrectionNeedsUpheld";
    public const string InvitationReasonTooLong = "Invitation.ReasonTooLong";
    public const string JudgeAlreadyOnPanel = "Invitation.JudgeAlreadyOnPanel";
    public const string JudgeAlreadyInvited = "Invitation.JudgeAlreadyInvited";
    public const string PanelClosed = "Invitation.PanelClosed";
    public const string InvitationSignInInstead = "Invitation.SignInInstead";
    public const string DisplayNameInvalid = "Account.DisplayNameInvalid";
    public const string AccountNotCreated = "Account.NotCreated";
    public const string FieldTagInvalid = "FieldTag.Invalid";
    public const string FieldTagDuplicate = "FieldTag.Duplicate";
    public const string TitleRequired = "Challenge.TitleRequired";
    public const string CriteriaRequired = "Challenge.CriteriaRequired";
    public const string CriterionNameRequired = "Challenge.CriterionNameRequired";
    public const string CriterionWeightNotPositive = "Challenge.CriterionWeightNotPositive";
    public const string CriterionAnchorsTooLong = "Challenge.CriterionAnchorsTooLong";
    public const string CriteriaWeightsMustSumTo100 = "Challenge.CriteriaWeightsMustSumTo100";
    public const string RoundCriteriaWeightsMustSumTo100 = "Challenge.RoundCriteriaWeightsMustSumTo100";
    public const string CriterionRoundUnknown = "Challenge.CriterionRoundUnknown";
    public const string CancelReasonRequired = "Challenge.CancelReasonRequired";
    public const string DeadlineNotReached = "Challenge.DeadlineNotReached";

    public const string SubmissionsNotOpen = "Proposal.SubmissionsNotOpen";
    public const string SubmissionsClosed = "Proposal.SubmissionsClosed";
    public const string ProposalTitleRequired = "Proposal.TitleRequired";
    public const string ProposalTextRequired = "Proposal.TextRequired";
    public const string ProposalTitleTooLong = "Proposal.TitleTooLong";
    public const string ProposalSectionRequired = "Proposal.SectionRequired";
    public const string ProposalSectionTooLong = "Proposal.SectionTooLong";
    public const string ProposalEditedElsewhere = "Proposal.EditedElsewhere";
    public const string ProposalNotSubmitted = "Proposal.NotSubmitted";
    public const string ProposalTooManyFiles = "Proposal.TooManyFiles";
    public const string ProposalFilesTooLarge = "Proposal.FilesTooLarge";

    public const string ScoringNotOpen = "Scoring.NotOpen";
    public const string ScoringClosed = "Scoring.Closed";
    public const string ScoreCommentTooLong = "Scoring.CommentTooLong";
    public const string ScoreOutOfRange = "Scoring.ScoreOutOfRange";
    public const string ScoreMissing = "Scoring.ScoreMissing";
    public const string UnknownCriterion = "Scoring.UnknownCriterion";
    public const string AssignmentNotOpen = "Assignment.NotOpen";
    public const string AssignAutomaticallyFirst = "Assignment.AutomaticFirst";
    public const string AssignmentScored = "Assignment.Scored";
    public const string JudgeConflicted = "Assignment.JudgeConflicted";
    public const string JudgesPerEntryInvalid = "Assignment.JudgesPerEntryInvalid";
    public const string ConflictReasonRequired = "Conflict.ReasonRequired";
    public const string DiscussionTextInvalid = "Discussion.TextInvalid";
    public const string AwardPlaceInvalid = "Award.PlaceInvalid";
    public const string AwardTitleRequired = "Award.TitleRequired";
    public const string AwardDuplicate = "Award.Duplicate";
    public const string ResultsAlreadyPublished = "Results.AlreadyPublished";
    public const string ConflictOrganizationUnknown = "Conflict.OrganizationUnknown";

    public const string AccessDenied = "Access.Denied";
    public const string ApiTokenNameInvalid = "ApiToken.NameInvalid";
    public const string NotFound = "Access.NotFound";

    public const string FileEmpty = "File.Empty";
    public const string FileTooLarge = "File.TooLarge";
    public const string FileTypeNotAllowed = "File.TypeNotAllowed";
    public const string FileNameInvalid = "File.NameInvalid";
    public const string FileContentMismatch = "File.ContentMismatch";

    public const string UnsubscribeLinkInvalid = "Notification.UnsubscribeLinkInvalid";
    public const string MailNotFailed = "Notification.MailNotFailed";

    public const string TeamLeadOnly = "Team.LeadOnly";
    public const string TeamNameInvalid = "Team.NameInvalid";
    public const string TeamAlreadyMember = "Team.AlreadyMember";
    public const string TeamFull = "Team.Full";
    public const string TeamLeadCannotLeave = "Team.LeadCannotLeave";
    public const string TeamOtherTeam = "Team.InOtherTeam";
    public const string TeamNotMember = "Team.NotMember";

    public const string OrganizationNameRequired = "Organization.NameRequired";
    public const string OrganizationDomainInvalid = "Organization.DomainInvalid";
    public const string OrganizationDomainMismatch = "Organization.DomainMismatch";
    public const string OrganizationAdminOnly = "Organization.AdminOnly";
    public const string OrganizationAlreadyMember = "Organization.AlreadyMember";
    public const string OrganizationLastAdmin = "Organization.LastAdmin";
    public const string OrganizationNotVerified = "Organization.NotVerified";

    public const string ExtensionReasonRequired = "Extension.ReasonRequired";
    public const string ExtensionNotLater = "Extension.NotLater";
    public const string ExtensionIntoJudging = "Extension.IntoJudging";
    public const string ExtensionAlreadyDecided = "Extension.AlreadyDecided";
    public const string ExtensionAlreadyRequested = "Extension.AlreadyRequested";
    public const string ExtensionChallengeClosed = "Extension.ChallengeClosed";

    public const string ProfileInvalid = "Profile.Invalid";
    public const string ProfileTimeZoneInvalid = "Profile.TimeZoneInvalid";
    public const string ProfileEmailLanguageInvalid = "Profile.EmailLanguageInvalid";
    public const string FileRulesInvalid = "Challenge.FileRulesInvalid";
}
