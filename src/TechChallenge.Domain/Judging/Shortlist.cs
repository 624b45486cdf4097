using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Judging;

/// <summary>Which entries go on to the next round: the top K of the ranking, or the organisers' own choice.</summary>
public static class Shortlist
{
    /// <summary>
    /// Which round is shortlisted, and into which (null when no round follows): round 1 into round 2 at first; once the
    /// latest shortlist's round is itself being judged (its own submission window has closed) and another round
    /// follows, that round into the next. Until then the latest shortlist is the one shown — so a second click on the
    /// same shortlist is told it is made.
    /// </summary>
    public static (int From, ChallengeRound? To) Stage(Challenge challenge, int? latestShortlistRound, DateTime nowUtc)
    {
        var from =
            latestShortlistRound is { } latest
            && challenge.Round(latest) is { } round
            && nowUtc >= round.SubmissionClosesUtc
            && challenge.Round(latest + 1) is not null
                ? latest
                : (latestShortlistRound ?? 2) - 1;
        return (from, challenge.Round(from + 1));
    }

    /// <summary>
    /// The entries ranked K or better. Entries sharing the rank at the cut all go on (K = 2 over ranks 1, 2, 2, 4 takes
    /// three); entries without a rank (no complete scorecard) never do.
    /// </summary>
    public static Outcome<IReadOnlyList<Guid>> TopK(IEnumerable<(Guid ProposalId, int? Rank)> ranking, int k)
    {
        var top = ranking.Where(r => r.Rank is { } rank && rank <= k).Select(r => r.ProposalId).ToList();
        return top.Count == 0 ? Outcome<IReadOnlyList<Guid>>.Refused(RuleCodes.ShortlistEmpty) : Outcome<IReadOnlyList<Guid>>.Ok(top);
    }

    /// <summary>Checks a hand-picked shortlist: not empty, no repeats, only entries of the round.</summary>
    public static RuleViolation? CheckPicked(IReadOnlyCollection<Guid> picked, IReadOnlySet<Guid> entries)
    {
        if (picked.Count == 0)
        {
            return new RuleViolation(RuleCodes.ShortlistEmpty);
        }

        return picked.Distinct().Count() != picked.Count || picked.Any(id => !entries.Contains(id))
            ? new RuleViolation(RuleCodes.NotFound)
            : null;
    }
}
