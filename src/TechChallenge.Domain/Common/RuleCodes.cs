namespace TechChallenge.Domain.Common;

/// <summary>
/// Stable codes of business-rule refusals. The web app has a localized message for each (resource key "Rule.{code}"),
/// so a new code needs an entry in both resource files.
/// </summary>
public static class RuleCodes
{
    public const string TransitionNotAllowed = "Lifecycle.TransitionNotAllowed";
    public const string TitleRequired = "Challenge.TitleRequired";
    public const string DeadlineRequired = "Challenge.DeadlineRequired";
    public const string DeadlineInPast = "Challenge.DeadlineInPast";
    public const string CriteriaRequired = "Challenge.CriteriaRequired";
    public const string CriterionNameRequired = "Challenge.CriterionNameRequired";
    public const string CriterionWeightNotPositive = "Challenge.CriterionWeightNotPositive";
    public const string CriteriaWeightsMustSumTo100 = "Challenge.CriteriaWeightsMustSumTo100";
    public const string CancelReasonRequired = "Challenge.CancelReasonRequired";
    public const string DeadlineNotReached = "Challenge.DeadlineNotReached";

    public const string SubmissionsNotOpen = "Proposal.SubmissionsNotOpen";
    public const string SubmissionsClosed = "Proposal.SubmissionsClosed";
    public const string ProposalTitleRequired = "Proposal.TitleRequired";
    public const string ProposalTextRequired = "Proposal.TextRequired";
    public const string AlreadySubmitted = "Proposal.AlreadySubmitted";

    public const string ScoringNotOpen = "Scoring.NotOpen";
    public const string ScoreOutOfRange = "Scoring.ScoreOutOfRange";
    public const string ScoreMissing = "Scoring.ScoreMissing";
    public const string UnknownCriterion = "Scoring.UnknownCriterion";

    public const string AccessDenied = "Access.Denied";
    public const string NotFound = "Access.NotFound";

    public const string FileEmpty = "File.Empty";
    public const string FileTooLarge = "File.TooLarge";
    public const string FileTypeNotAllowed = "File.TypeNotAllowed";
    public const string FileNameInvalid = "File.NameInvalid";
}
