using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;

namespace TechChallenge.Domain.Tests.Judging;

public class ShortlistTests
{
    private static readonly Guid A = Guid.NewGuid(),
        B = Guid.NewGuid(),
        C = Guid.NewGuid(),
        D = Guid.NewGuid(),
        E = Guid.NewGuid();

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

    [Fact]
    public void Each_round_is_shortlisted_into_the_next_once_its_own_judging_has_begun()
    {
        var finalistsClose = Deadline.AddDays(25);
        var challenge = Draft(
            Content() with
            {
                Rounds =
                [
                    Round("Preliminary review", Opens, Deadline, Deadline, Deadline.AddDays(14)),
                    Round("Finalists", Deadline.AddDays(15), finalistsClose, finalistsClose, finalistsClose.AddDays(5)),
                    Round(
                        "Roadshow",
                        finalistsClose.AddDays(6),
                        finalistsClose.AddDays(10),
                        finalistsClose.AddDays(10),
                        finalistsClose.AddDays(12)
                    ),
                ],
            }
        );

        Assert.Equal((1, 2), Numbers(Shortlist.Stage(challenge, null, AfterDeadline)));
        // Made into round 2: still shown as made until round 2's submissions close, then round 2 into round 3.
        Assert.Equal((1, 2), Numbers(Shortlist.Stage(challenge, 2, finalistsClose.AddTicks(-1))));
        Assert.Equal((2, 3), Numbers(Shortlist.Stage(challenge, 2, finalistsClose)));
        // Made into the last round: nothing follows it.
        Assert.Equal((2, 3), Numbers(Shortlist.Stage(challenge, 3, finalistsClose.AddDays(20))));
        Assert.Null(Shortlist.Stage(Draft(), null, AfterDeadline).To);
    }

    private static (int, int?) Numbers((int From, ChallengeRound? To) stage) => (stage.From, stage.To?.Number);
}
