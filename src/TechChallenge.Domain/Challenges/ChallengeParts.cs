namespace TechChallenge.Domain.Challenges;

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
    [
        Title,
        Summary,
        Statement,
        TechnicalRequirements,
        Deliverables,
        Award,
        IpTerms,
        Enterprise,
        Confidentiality,
        Contact,
        Fields,
        Criteria,
        Timeline,
        Files,
        Review,
    ];

    /// <summary>Changes that can alter what solvers must do or by when: they need a note and are announced as such.</summary>
    public static bool IsMaterial(string part) =>
        part is Criteria or Timeline or Deliverables or Award or Confidentiality or Files or Review;
}
