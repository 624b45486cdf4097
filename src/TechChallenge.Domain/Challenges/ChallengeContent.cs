using TechChallenge.Domain.Regions;

namespace TechChallenge.Domain.Challenges;

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
    RegionCode? Region,
    EnterpriseInfo Enterprise,
    bool IsConfidential,
    string ConfidentialityTerms,
    ContactInfo Contact,
    IReadOnlyList<Guid> FieldTagIds,
    IReadOnlyList<CriterionPlan> Criteria,
    IReadOnlyList<RoundPlan> Rounds
)
{
    /// <summary>Limits on the files of each proposal; the platform's own limits where it sets none.</summary>
    public SubmissionFileRules Files { get; init; } = SubmissionFileRules.PlatformDefaults;

    /// <summary>Judges see neither team names, members nor organisations, and attachments' names are neutral.</summary>
    public bool BlindReview { get; init; }

    public static ChallengeContent Empty(string title) =>
        new(
            title,
            "",
            "",
            "",
            "",
            ChallengeType.Ideation,
            null,
            "CNY",
            "",
            "",
            null,
            new EnterpriseInfo("", "", "", false),
            false,
            "",
            new ContactInfo("", "", ""),
            [],
            [],
            []
        );

    /// <summary>Trims every text so that stray spaces neither fail a check nor count as an edit.</summary>
    public ChallengeContent Normalized() =>
        this with
        {
            Title = Title.Trim(),
            Summary = Summary.Trim(),
            Statement = Statement.Trim(),
            TechnicalRequirements = TechnicalRequirements.Trim(),
            Deliverables = Deliverables.Trim(),
            AwardCurrency = AwardCurrency.Trim().ToUpperInvariant(),
            AwardDescription = AwardDescription.Trim(),
            IpTerms = IpTerms.Trim(),
            Enterprise = Enterprise with
            {
                Name = Enterprise.Name.Trim(),
                Industry = Enterprise.Industry.Trim(),
                Region = Enterprise.Region.Trim(),
            },
            ConfidentialityTerms = ConfidentialityTerms.Trim(),
            Contact = new ContactInfo(Contact.Name.Trim(), Contact.Email.Trim(), Contact.Phone.Trim()),
            FieldTagIds = FieldTagIds.Distinct().Order().ToList(),
            // Grouped by round (stable within it), the order Challenge.Content reads them back in.
            Criteria = Criteria
                .OrderBy(c => c.Round)
                .Select(c => c with { Name = c.Name.Trim(), Description = c.Description.Trim(), Anchors = c.Anchors.Trim() })
                .ToList(),
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
        Compare(
            ChallengeParts.Award,
            AwardAmount == other.AwardAmount && AwardCurrency == other.AwardCurrency && AwardDescription == other.AwardDescription
        );
        Compare(ChallengeParts.IpTerms, IpTerms == other.IpTerms);
        Compare(ChallengeParts.Enterprise, Enterprise == other.Enterprise && Region == other.Region);
        Compare(
            ChallengeParts.Confidentiality,
            IsConfidential == other.IsConfidential && ConfidentialityTerms == other.ConfidentialityTerms
        );
        Compare(ChallengeParts.Contact, Contact == other.Contact);
        Compare(ChallengeParts.Fields, FieldTagIds.SequenceEqual(other.FieldTagIds));
        Compare(ChallengeParts.Criteria, Criteria.SequenceEqual(other.Criteria));
        Compare(ChallengeParts.Timeline, Rounds.SequenceEqual(other.Rounds));
        Compare(ChallengeParts.Files, Files == other.Files);
        Compare(ChallengeParts.Review, BlindReview == other.BlindReview);
        return changed;
    }
}
