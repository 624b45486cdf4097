using TechChallenge.Domain.Challenges;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;

namespace TechChallenge.Domain.Tests.Challenges;

/// <summary>What a challenge records of what happened to it, for Infrastructure to act on once.</summary>
public class DomainEventTests
{
    [Fact]
    public void Each_move_is_recorded_with_where_from_where_to_by_which_trigger_and_when()
    {
        var challenge = Draft();

        Assert.True(challenge.Apply(ChallengeTrigger.SubmitForReview, Now, Manager).Succeeded);

        var moved = new ChallengeStatusChanged(
            challenge.Id,
            ChallengeStatus.Draft,
            ChallengeStatus.SubmittedForReview,
            ChallengeTrigger.SubmitForReview,
            Now
        );
        Assert.Equal([moved], challenge.DomainEvents);
    }

    [Fact]
    public void A_refused_move_records_nothing()
    {
        var challenge = Draft();

        Assert.False(challenge.Apply(ChallengeTrigger.Publish, Now, Manager).Succeeded);

        Assert.Empty(challenge.DomainEvents);
    }

    [Fact]
    public void The_clock_records_each_move_then_the_milestone_that_caused_it_and_a_second_run_records_nothing()
    {
        var challenge = InStatus(ChallengeStatus.Published);
        challenge.ClearDomainEvents();

        challenge.AdvanceClock(AfterDeadline);
        var recorded = challenge.DomainEvents.ToList();
        challenge.ClearDomainEvents();
        challenge.AdvanceClock(AfterDeadline);

        Assert.Equal(
            [
                "SubmissionsOpen",
                "milestone r1 SubmissionsOpen",
                "SubmissionsClosed",
                "milestone r1 SubmissionsClose",
                "Judging",
                "milestone r1 JudgingOpens",
            ],
            recorded.Select(e =>
                e switch
                {
                    ChallengeStatusChanged moved => moved.To.ToString(),
                    RoundMilestoneReached reached => $"milestone r{reached.Milestone.Round} {reached.Milestone.Kind}",
                    _ => e.ToString(),
                }
            )
        );
        Assert.All(recorded, e => Assert.Equal(AfterDeadline, e.OccurredAtUtc));
        Assert.Empty(challenge.DomainEvents);
    }

    [Fact]
    public void An_amendment_of_a_published_challenge_is_recorded_with_its_revision_and_a_draft_edit_is_not()
    {
        var draft = Draft();
        Assert.True(draft.Edit(draft.Content with { Summary = "Clearer" }, [], Now, "manager").Succeeded);
        Assert.Empty(draft.DomainEvents);

        var published = InStatus(ChallengeStatus.Published);
        published.ClearDomainEvents();
        var revision = published.Edit(published.Content with { Summary = "Clearer" }, [], Now, "manager").Value!;

        Assert.Equal([new ChallengeAmended(published.Id, revision.Id, Now)], published.DomainEvents);
    }
}
