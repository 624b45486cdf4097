using TechChallenge.Domain.Challenges;
using static TechChallenge.Domain.Tests.Challenges.ChallengeFactory;

namespace TechChallenge.Domain.Tests.Challenges;

/// <summary>The clock's stored reasons: the same wording as ever, and read back so pages can say them in words.</summary>
public class ClockReasonTests
{
    [Fact]
    public void The_clock_records_its_milestone_in_the_stored_wording_and_it_reads_back()
    {
        var challenge = Draft();
        foreach (var trigger in new[] { ChallengeTrigger.SubmitForReview, ChallengeTrigger.Approve, ChallengeTrigger.Publish })
        {
            Assert.True(challenge.Apply(trigger, Now, Admin, "ok").Succeeded);
        }

        challenge.AdvanceClock(Opens.AddMinutes(1));

        var opened = challenge.Transitions.Single(t => t.To == ChallengeStatus.SubmissionsOpen);
        Assert.Equal("SubmissionsOpen of round 1", opened.Reason);
        Assert.True(ClockReason.TryRead(opened.Reason, out var kind, out var round));
        Assert.Equal((MilestoneKind.SubmissionsOpen, 1), (kind, round));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Complete and clear 内容完整清晰")]
    [InlineData("Nonsense of round 1")]
    [InlineData("SubmissionsOpen of round one")]
    public void A_reason_a_person_wrote_is_not_read_as_a_milestone(string? reason) =>
        Assert.False(ClockReason.TryRead(reason, out _, out _));
}
