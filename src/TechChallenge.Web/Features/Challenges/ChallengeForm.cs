using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Regions;
using TechChallenge.Web.Features.Shared;

namespace TechChallenge.Web.Features.Challenges;

/// <summary>
/// The editor's mutable copy of <see cref="ChallengeContent"/>, with the timeline in the author's time zone as
/// typed; <see cref="ToContent"/> turns it back into UTC.
/// </summary>
public sealed class ChallengeForm
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Statement { get; set; } = "";
    public string TechnicalRequirements { get; set; } = "";
    public string Deliverables { get; set; } = "";
    public ChallengeType Type { get; set; }
    public decimal? AwardAmount { get; set; }
    public string AwardCurrency { get; set; } = "CNY";
    public string AwardDescription { get; set; } = "";
    public string IpTerms { get; set; } = "";

    /// <summary>The region's GB/T 2260 code, as <c>RegionSelect</c> binds it; empty for none.</summary>
    public string Region { get; set; } = "";
    public string EnterpriseName { get; set; } = "";
    public string EnterpriseIndustry { get; set; } = "";
    public string EnterpriseRegion { get; set; } = "";
    public bool EnterpriseConfidential { get; set; }
    public bool IsConfidential { get; set; }
    public string ConfidentialityTerms { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public IEnumerable<Guid> FieldTagIds { get; set; } = [];
    public List<CriterionRow> Criteria { get; set; } = [];
    public List<RoundRow> Rounds { get; set; } = [];
    public int? FileMaxMegabytes { get; set; }

    public bool BlindReview { get; set; }
    public int? FileTotalMegabytes { get; set; }
    public IReadOnlyCollection<string> FileTypes { get; set; } = [];

    public static ChallengeForm From(ChallengeContent content, UserTime time) =>
        new()
        {
            Title = content.Title,
            Summary = content.Summary,
            Statement = content.Statement,
            TechnicalRequirements = content.TechnicalRequirements,
            Deliverables = content.Deliverables,
            Type = content.Type,
            AwardAmount = content.AwardAmount,
            AwardCurrency = content.AwardCurrency,
            AwardDescription = content.AwardDescription,
            IpTerms = content.IpTerms,
            Region = content.Region?.Value ?? "",
            EnterpriseName = content.Enterprise.Name,
            EnterpriseIndustry = content.Enterprise.Industry,
            EnterpriseRegion = content.Enterprise.Region,
            EnterpriseConfidential = content.Enterprise.Confidential,
            IsConfidential = content.IsConfidential,
            ConfidentialityTerms = content.ConfidentialityTerms,
            ContactName = content.Contact.Name,
            ContactEmail = content.Contact.Email,
            ContactPhone = content.Contact.Phone,
            FieldTagIds = content.FieldTagIds.ToList(),
            FileMaxMegabytes = content.Files.MaxFileMegabytes,
            BlindReview = content.BlindReview,
            FileTotalMegabytes = content.Files.MaxTotalMegabytes,
            FileTypes = content.Files.Types.ToList(),
            Criteria = content
                .Criteria.Select(c => new CriterionRow
                {
                    Name = c.Name,
                    Description = c.Description,
                    Weight = c.Weight,
                    Anchors = c.Anchors,
                    Round = c.Round,
                })
                .ToList(),
            Rounds = content
                .Rounds.Select(r => new RoundRow
                {
                    Name = r.Name,
                    SubmissionOpens = time.ToLocal(r.SubmissionOpensUtc),
                    SubmissionCloses = time.ToLocal(r.SubmissionClosesUtc),
                    JudgingOpens = time.ToLocal(r.JudgingOpensUtc),
                    JudgingCloses = time.ToLocal(r.JudgingClosesUtc),
                    AppealsCloses = r.AppealsClosesUtc is { } appeals ? time.ToLocal(appeals) : null,
                    ResultsPublish = r.ResultsPublishUtc is { } results ? time.ToLocal(results) : null,
                })
                .ToList(),
        };

    public ChallengeContent ToContent(UserTime time) =>
        new(
            Title,
            Summary,
            Statement,
            TechnicalRequirements,
            Deliverables,
            Type,
            AwardAmount,
            AwardCurrency,
            AwardDescription,
            IpTerms,
            RegionCode.TryParse(Region, out var region) ? region : null,
            new EnterpriseInfo(EnterpriseName, EnterpriseIndustry, EnterpriseRegion, EnterpriseConfidential),
            IsConfidential,
            ConfidentialityTerms,
            new ContactInfo(ContactName, ContactEmail, ContactPhone),
            FieldTagIds.ToList(),
            ToCriteria(),
            Rounds
                .Select(r => new RoundPlan(
                    r.Name,
                    time.ToUtc(r.SubmissionOpens),
                    time.ToUtc(r.SubmissionCloses),
                    time.ToUtc(r.JudgingOpens),
                    time.ToUtc(r.JudgingCloses),
                    r.AppealsCloses is { } appeals ? time.ToUtc(appeals) : null,
                    r.ResultsPublish is { } results ? time.ToUtc(results) : null
                ))
                .ToList()
        )
        {
            Files = new SubmissionFileRules(FileMaxMegabytes, FileTotalMegabytes, string.Join(",", FileTypes)),
            BlindReview = BlindReview,
        };

    public IReadOnlyList<CriterionPlan> ToCriteria() =>
        Criteria.Select(c => new CriterionPlan(c.Name, c.Description, c.Weight, c.Anchors, c.Round)).ToList();

    /// <summary>A new round starts the day after the last one's judging closes (or tomorrow), at 09:00 local time.</summary>
    public void AddRound(string name, DateTime localNow)
    {
        var start = (Rounds.Count > 0 ? Rounds[^1].JudgingCloses : localNow).Date.AddDays(1).AddHours(9);
        Rounds.Add(
            new RoundRow
            {
                Name = name,
                SubmissionOpens = start,
                SubmissionCloses = start.AddDays(30).Date.AddHours(17),
                JudgingOpens = start.AddDays(30).Date.AddHours(17),
                JudgingCloses = start.AddDays(44).Date.AddHours(17),
            }
        );
    }

    /// <summary>Round 1's weight total and each later round's that has criteria (each must reach 100 on its own).</summary>
    public IReadOnlyList<(int Round, decimal Total)> WeightTotals() =>
        Criteria
            .Select(c => c.Round)
            .Append(1)
            .Distinct()
            .Order()
            .Select(round => (round, Criteria.Where(c => c.Round == round).Sum(c => c.Weight)))
            .ToList();

    public sealed class CriterionRow
    {
        /// <summary>The round scored on it; 1 unless a later round has criteria of its own.</summary>
        public int Round { get; set; } = 1;

        public string Name { get; set; } = "";
        public string Description { get; set; } = "";
        public decimal Weight { get; set; }
        public string Anchors { get; set; } = "";
    }

    public sealed class RoundRow
    {
        public string Name { get; set; } = "";
        public DateTime SubmissionOpens { get; set; }
        public DateTime SubmissionCloses { get; set; }
        public DateTime JudgingOpens { get; set; }
        public DateTime JudgingCloses { get; set; }
        public DateTime? AppealsCloses { get; set; }
        public DateTime? ResultsPublish { get; set; }
    }
}
