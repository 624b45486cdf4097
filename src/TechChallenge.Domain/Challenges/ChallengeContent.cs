using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Challenges;

/// <summary>The enterprise that owns the need. A confidential enterprise is named only to its sub-center and reviewers.</summary>
public sealed record EnterpriseInfo(string Name, string Industry, string Region, bool Confidential);

public sealed record ContactInfo(string Name, string Email, string Phone);

/// <param name="Anchors">What the scale's marks mean for this criterion (e.g. "0–3 no evidence; 4–6 lab scale; 7–10 pilot
/// line"), so that judges score alike; shown on the scorecard and to solvers.</param>
/// <param name="Round">The round scored on it. Round 1 must have criteria; a later round without its own is scored on round 1's.</param>
public sealed record CriterionPlan(string Name, string Description, decimal Weight, string Anchors = "", int Round = 1);

/// <summary>Everything an author edits on a challenge, as one value: the editor's model and the unit of change detection.</summary>
public sealed record ChallengeContent(
    string Title,
    string Summary,
    string Statement,
    string TechnicalRequirements,
    string Deliverables,
    ChallengeType Type,
    decimal? AwardAmount,
    string AwardCurrency,
    string AwardDescription,
    string IpTerms,
    string Region,
    EnterpriseInfo Enterprise,
    bool IsConfidential,
    string ConfidentialityTerms,
    ContactInfo Contact,
    IReadOnlyList<Guid> FieldTagIds,
    IReadOnlyList<CriterionPlan> Criteria,
    IReadOnlyList<RoundPlan> Rounds)
{
    /// <summary>Limits on the files of each proposal; the platform's own limits where it sets none.</summary>
    public SubmissionFileRules Files { get; init; } = SubmissionFileRules.PlatformDefaults;

    /// <summary>Judges see neither team names, members nor organisations, and attachments' names are neutral.</summary>
    public bool BlindReview { get; init; }

    public static ChallengeContent Empty(string title) => new(
        title, "", "", "", "", ChallengeType.Ideation, null, "CNY", "", "", "",
        new EnterpriseInfo("", "", "", false), false, "", new ContactInfo("", "", ""), [], [], []);

    /// <summary>Trims every text so that stray spaces neither fail a check nor count as an edit.</summary>
    public ChallengeContent Normalized() => this with
    {
        Title = Title.Trim(),
        Summary = Summary.Trim(),
        Statement = Statement.Trim(),
        TechnicalRequirements = TechnicalRequirements.Trim(),
        Deliverables = Deliverables.Trim(),
        AwardCurrency = AwardCurrency.Trim().ToUpperInvariant(),
        AwardDescription = AwardDescription.Trim(),
        IpTerms = IpTerms.Trim(),
        Region = Region.Trim(),
        Enterprise = Enterprise with { Name = Enterprise.Name.Trim(), Industry = Enterprise.Industry.Trim(), Region = Enterprise.Region.Trim() },
        ConfidentialityTerms = ConfidentialityTerms.Trim(),
        Contact = new ContactInfo(Contact.Name.Trim(), Contact.Email.Trim(), Contact.Phone.Trim()),
        FieldTagIds = FieldTagIds.Distinct().Order().ToList(),
        // Grouped by round (stable within it), the order Challenge.Content reads them back in.
        Criteria = Criteria.OrderBy(c => c.Round).Select(c => c with { Name = c.Name.Trim(), Description = c.Description.Trim(), Anchors = c.Anchors.Trim() }).ToList(),
        Rounds = Rounds.Select(r => r with { Name = r.Name.Trim() }).ToList(),
        Files = Files.Normalized(),
    };

    /// <summary>The names of the parts that differ from <paramref name="other"/>, in a stable order.</summary>
    public IReadOnlyList<string> ChangedParts(ChallengeContent other)
    {
        var changed = new List<string>();
        void Compare(string part, bool equal)
        {
            if (!equal)
            {
                changed.Add(part);
            }
        }

        Compare(ChallengeParts.Title, Title == other.Title);
        Compare(ChallengeParts.Summary, Summary == other.Summary);
        Compare(ChallengeParts.Statement, Statement == other.Statement);
        Compare(ChallengeParts.TechnicalRequirements, TechnicalRequirements == other.TechnicalRequirements);
        Compare(ChallengeParts.Deliverables, Deliverables == other.Deliverables && Type == other.Type);
        Compare(ChallengeParts.Award, AwardAmount == other.AwardAmount && AwardCurrency == other.AwardCurrency && AwardDescription == other.AwardDescription);
        Compare(ChallengeParts.IpTerms, IpTerms == other.IpTerms);
        Compare(ChallengeParts.Enterprise, Enterprise == other.Enterprise && Region == other.Region);
        Compare(ChallengeParts.Confidentiality, IsConfidential == other.IsConfidential && ConfidentialityTerms == other.ConfidentialityTerms);
        Compare(ChallengeParts.Contact, Contact == other.Contact);
        Compare(ChallengeParts.Fields, FieldTagIds.SequenceEqual(other.FieldTagIds));
        Compare(ChallengeParts.Criteria, Criteria.SequenceEqual(other.Criteria));
        Compare(ChallengeParts.Timeline, Rounds.SequenceEqual(other.Rounds));
        Compare(ChallengeParts.Files, Files == other.Files);
        Compare(ChallengeParts.Review, BlindReview == other.BlindReview);
        return changed;
    }
}

/// <summary>Names of the parts of a challenge, as recorded in its change log.</summary>
public static class ChallengeParts
{
    public const string Title = "Title";
    public const string Summary = "Summary";
    public const string Statement = "Statement";
    public const string TechnicalRequirements = "TechnicalRequirements";
    public const string Deliverables = "Deliverables";
    public const string Award = "Award";
    public const string IpTerms = "IpTerms";
    public const string Enterprise = "Enterprise";
    public const string Confidentiality = "Confidentiality";
    public const string Contact = "Contact";
    public const string Fields = "Fields";
    public const string Criteria = "Criteria";
    public const string Timeline = "Timeline";
    public const string Files = "Files";
    public const string Review = "Review";

    public static IReadOnlyList<string> All { get; } =
        [Title, Summary, Statement, TechnicalRequirements, Deliverables, Award, IpTerms, Enterprise, Confidentiality, Contact, Fields, Criteria, Timeline, Files, Review];

    /// <summary>Changes that can alter what solvers must do or by when: they need a note and are announced as such.</summary>
    public static bool IsMaterial(string part) => part is Criteria or Timeline or Deliverables or Award or Confidentiality or Files or Review;
}

/// <summary>
/// One saved edit of a published challenge: a numbered version with what changed, who changed it and why. Material
/// revisions appear in the public change log.
/// </summary>
public sealed class ChallengeRevision
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; set; }
    public int Number { get; init; }
    public DateTime AtUtc { get; init; }
    public required string EditedByUserId { get; init; }

    /// <summary>Comma-separated <see cref="ChallengeParts"/> names.</summary>
    public required string ChangedParts { get; init; }

    public bool IsMaterial { get; init; }
    public string Note { get; init; } = "";
    public DateTime? PreviousDeadlineUtc { get; init; }
    public DateTime? NewDeadlineUtc { get; init; }

    public IReadOnlyList<string> Parts => ChangedParts.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A field of expertise from the platform's managed list (e.g. new materials, intelligent manufacturing).</summary>
public sealed class FieldTag
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameZh { get; set; }
}

/// <summary>
/// What files a challenge accepts with each proposal. Empty values mean the platform's limits; a challenge may be
/// stricter than the platform, never more generous.
/// </summary>
/// <param name="AllowedTypes">Comma-separated extensions such as ".pdf,.docx"; empty for the platform's list.</param>
public sealed record SubmissionFileRules(int? MaxFileMegabytes, int? MaxTotalMegabytes, string AllowedTypes)
{
    public static SubmissionFileRules PlatformDefaults { get; } = new(null, null, "");

    public IReadOnlyList<string> Types => AllowedTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public SubmissionFileRules Normalized() => this with
    {
        AllowedTypes = string.Join(
            ",",
            Types.Select(t => (t.StartsWith('.') ? t : "." + t).ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)),
    };

    /// <summary>Refuses limits beyond the platform's, or types it does not accept at all.</summary>
    public RuleViolation? Check(long platformMaxFileBytes, long platformMaxTotalBytes, IReadOnlyCollection<string> platformTypes)
    {
        const long megabyte = 1024 * 1024;
        static bool Within(int? megabytes, long platformBytes) => megabytes is null || (megabytes > 0 && megabytes * megabyte <= platformBytes);
        var ok = Within(MaxFileMegabytes, platformMaxFileBytes)
            && Within(MaxTotalMegabytes, platformMaxTotalBytes)
            && Normalized().Types.All(platformTypes.Contains);
        return ok
            ? null
            : new RuleViolation(RuleCodes.FileRulesInvalid, platformMaxFileBytes / megabyte, platformMaxTotalBytes / megabyte, string.Join(", ", platformTypes));
    }
}
