using TechChallenge.Domain.Common;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>The organisers' view of the shortlist for the next round: whether one can be made, or who is on it.</summary>
/// <param name="Entries">The entries of the round shortlisted from, as "title · team", to pick from by hand.</param>
public sealed record ShortlistView(
    int? NextRoundNumber,
    string? NextRoundName,
    RuleViolation? Closed,
    IReadOnlyList<Choice> Advanced,
    IReadOnlyList<Choice> Entries
);

/// <summary>Where a team's entry stands after a shortlist: taken on to the named round, or not.</summary>
public sealed record RoundStanding(int RoundNumber, string RoundName, bool Advanced);
