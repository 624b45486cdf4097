using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Regions;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>
/// A catalog search as it travels in the URL; every part is optional. <see cref="Region"/> is a region code (a city
/// takes in its districts); a free-text region of an older link is read into the list.
/// </summary>
public sealed record CatalogQuery(
    string? Text = null,
    string? Field = null,
    string? Region = null,
    Guid? SubCenterId = null,
    ChallengeType? Type = null,
    ChallengeStatus? Status = null,
    decimal? MinAward = null,
    decimal? MaxAward = null,
    CatalogSort Sort = CatalogSort.Newest,
    int Page = 1
)
{
    public const int PageSize = 12;
}

public sealed record FieldTagView(Guid Id, string Code, string Name, string NameZh);

public sealed record ChallengeSummary(
    Guid Id,
    string Title,
    string Summary,
    string SubCenterName,
    string SubCenterNameZh,
    // Null when the enterprise is confidential and the viewer is not its sub-center.
    string? EnterpriseName,
    RegionLabel Region,
    ChallengeType Type,
    decimal? AwardAmount,
    string AwardCurrency,
    string AwardDescription,
    ChallengeStatus Status,
    DateTime? SubmissionDeadlineUtc,
    DateTime? PublishedAtUtc,
    bool IsConfidential,
    Guid? CoverImageId,
    int ProposalCount
);

public sealed record CatalogPage(IReadOnlyList<ChallengeSummary> Items, int Total, int Page, int PageCount);

/// <param name="Regions">The codes of the regions public challenges are in.</param>
public sealed record CatalogFacets(
    IReadOnlyList<FieldTagView> Fields,
    IReadOnlyList<string> Regions,
    IReadOnlyList<SubCenterOption> SubCenters
)
{
    /// <summary>
    /// The regions of <see cref="Regions"/> and the ones they lie in (a district's city and province), in code order: what
    /// a region filter offers, so that a city can be chosen for all its districts.
    /// </summary>
    public IReadOnlyList<RegionView> RegionChoices { get; init; } = [];
}

public sealed record SubCenterOption(Guid Id, string Name, string NameZh);

public sealed record CriterionView(
    Guid Id,
    string Name,
    string Description,
    decimal Weight,
    int MaxScore,
    string Anchors = "",
    int Round = 1
)
{
    /// <summary>A challenge's criteria in their order, round by round.</summary>
    public static IReadOnlyList<CriterionView> Of(IEnumerable<ScoringCriterion> criteria) =>
        criteria
            .OrderBy(c => c.RoundNumber)
            .ThenBy(c => c.SortOrder)
            .Select(c => new CriterionView(c.Id, c.Name, c.Description, c.Weight, c.MaxScore, c.Anchors, c.RoundNumber))
            .ToList();
}

public sealed record TransitionView(ChallengeStatus From, ChallengeStatus To, ChallengeTrigger Trigger, DateTime AtUtc, string? Reason);

public sealed record RevisionView(
    int Number,
    DateTime AtUtc,
    IReadOnlyList<string> Parts,
    bool IsMaterial,
    string Note,
    DateTime? PreviousDeadlineUtc,
    DateTime? NewDeadlineUtc
);

public sealed record FileView(Guid Id, string FileName, long SizeBytes, string Sha256);

public sealed record ChallengeStatistics(int Followers, int RegisteredSolvers, int Proposals);

/// <summary>What the viewer may do and has done with this challenge.</summary>
public sealed record ChallengeViewer(
    bool CanManage,
    bool CanReview,
    bool IsSolver,
    bool IsFollowing,
    bool IsRegistered,
    DateTime? TermsAcceptedAtUtc,
    bool CanSeeDetails
);

/// <summary>
/// A challenge as one viewer may see it. For a confidential challenge whose terms the viewer has not accepted, the
/// statement, requirements, deliverables, contact and attachments are empty; the summary, timeline and criteria remain.
/// </summary>
public sealed record ChallengeDetails(
    ChallengeSummary Summary,
    Guid SubCenterId,
    string Statement,
    string TechnicalRequirements,
    string Deliverables,
    string IpTerms,
    string ConfidentialityTerms,
    string? EnterpriseIndustry,
    string? EnterpriseRegion,
    ContactInfo? Contact,
    IReadOnlyList<FieldTagView> Fields,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<RoundPlan> Rounds,
    IReadOnlyList<FileView> Attachments,
    IReadOnlyList<TransitionView> History,
    IReadOnlyList<RevisionView> ChangeLog,
    ChallengeStatistics Statistics,
    ChallengeViewer Viewer,
    int RevisionNumber
);

/// <summary>A challenge in its author's editor: the content, and the version the edit starts from.</summary>
public sealed record ChallengeEditorModel(
    Guid Id,
    ChallengeStatus Status,
    Guid Version,
    int RevisionNumber,
    ChallengeContent Content,
    Guid? CoverImageId,
    IReadOnlyList<FileView> Attachments,
    IReadOnlyList<string> JudgeUserIds
)
{
    /// <summary>The free-text region typed before the region list, which no division matched; empty otherwise.</summary>
    public string LegacyRegion { get; init; } = "";
}

public sealed record JudgeOption(string UserId, string DisplayName);

public sealed record ChallengeFile(Stream Content, string FileName, string ContentType);
