using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Domain.Tests.Judging;

public class ShortlistTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(), E = Guid.NewGuid();

    [Fact]
    public void The_top_k_take_every_entry_sharing_the_rank_at_the_cut_and_never_an_unranked_one()
    {
        (Guid, int?)[] ranking = [(A, 1), (B, 2), (C, 2), (D, 4), (E, null)];

        Assert.Equal([A], Shortlist.TopK(ranking, 1).Value);
        Assert.Equal([A, B, C], Shortlist.TopK(ranking, 2).Value);
        Assert.Equal([A, B, C], Shortlist.TopK(ranking, 3).Value);
        Assert.Equal([A, B, C, D], Shortlist.TopK(ranking, 10).Value);
        Assert.Equal(RuleCodes.ShortlistEmpty, Shortlist.TopK(ranking, 0).Violation?.Code);
        Assert.Equal(RuleCodes.ShortlistEmpty, Shortlist.TopK([(E, null)], 3).Violation?.Code);
    }

    [Fact]
    public void A_hand_picked_shortlist_is_not_empty_has_no_repeats_and_only_entries_of_the_round()
    {
        var entries = new HashSet<Guid> { A, B, C };

        Assert.Null(Shortlist.CheckPicked([A, C], entries));
        Assert.Equal(RuleCodes.ShortlistEmpty, Shortlist.CheckPicked([], entries)?.Code);
        Assert.Equal(RuleCodes.NotFound, Shortlist.CheckPicked([A, A], entries)?.Code);
        Assert.Equal(RuleCodes.NotFound, Shortlist.CheckPicked([A, D], entries)?.Code);
    }
}
