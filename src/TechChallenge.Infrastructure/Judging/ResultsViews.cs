namespace TechChallenge.Infrastructure.Judging;

public sealed record AwardView(
    Guid ProposalId,
    int Place,
    string Title,
    decimal? Amount,
    string Currency,
    string TeamName,
    string ProposalTitle,
    TeamOrganization? Organization = null
);

/// <summary>The organisers' draft of the results: the awards so far and whether teams will see their scores.</summary>
/// <param name="Entries">The submitted entries an award can go to, as "title · team".</param>
/// <param name="AppealsClosesUtc">The round's appeals close on the timeline: teams shown their scores may appeal until then.</param>
/// <param name="Published">The results are out: the awards are public and no longer change.</param>
/// <param name="Publishable">The organisers may publish the results now (judging runs).</param>
public sealed record ResultsDraft(
    bool Editable,
    bool ScoresReleased,
    IReadOnlyList<AwardView> Awards,
    IReadOnlyList<Choice> Entries,
    DateTime? AppealsClosesUtc = null,
    bool Published = false,
    bool Publishable = false
);

/// <summary>One criterion of a team's feedback: the judges' comments to the team and, if released, the mean score.</summary>
public sealed record CriterionFeedback(string Name, decimal Weight, int MaxScore, decimal? MeanScore, IReadOnlyList<string> Comments);

/// <summary>
/// What a team learns of its entry once results are published: the last round it was judged in (a finalist reads
/// the final round's scores, rank among the finalists and comments). Judges are never named.
/// </summary>
public sealed record FeedbackView(
    Guid ProposalId,
    AwardView? Award,
    bool ScoresReleased,
    int? Rank,
    int EntryCount,
    decimal? RawScore,
    IReadOnlyList<CriterionFeedback> Criteria,
    int RoundNumber = 1,
    string RoundName = ""
);
