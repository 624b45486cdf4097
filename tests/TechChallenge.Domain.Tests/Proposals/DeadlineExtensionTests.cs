using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Teams;

namespace TechChallenge.Domain.Tests.Proposals;

public sealed class DeadlineExtensionTests
{
    private static readonly DateTime Deadline = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime JudgingOpens = Deadline.AddDays(3);
    private static readonly DateTime Now = Deadline.AddDays(-1);

    private static Outcome<DeadlineExtension> Grant(DateTime until, string reason = "Lab power outage on 28 Nov", DateTime? now = null) =>
        DeadlineExtension.Grant(Guid.NewGuid(), Guid.NewGuid(), until, reason, Deadline, JudgingOpens, "manager", now ?? Now);

    [Fact]
    public void An_extension_runs_past_the_deadline_up_to_the_start_of_judging()
    {
        Assert.True(Grant(Deadline.AddDays(2)).Succeeded);
        Assert.True(Grant(JudgingOpens).Succeeded);
        Assert.Equal(RuleCodes.ExtensionIntoJudging, Grant(JudgingOpens.AddSeconds(1)).Violation?.Code);
        Assert.Equal(RuleCodes.ExtensionNotLater, Grant(Deadline).Violation?.Code);
        Assert.Equal(RuleCodes.ExtensionNotLater, Grant(Deadline.AddHours(1), now: Deadline.AddHours(2)).Violation?.Code);
        Assert.Equal(RuleCodes.ExtensionReasonRequired, Grant(Deadline.AddDays(1), reason: " ").Violation?.Code);
    }

    [Fact]
    public void More_time_can_be_asked_for_until_judging_opens_and_never_when_judging_opens_at_the_deadline()
    {
        Assert.True(DeadlineExtension.CanStillBeGranted(Deadline, JudgingOpens, Now));
        Assert.True(DeadlineExtension.CanStillBeGranted(Deadline, JudgingOpens, Deadline.AddDays(1)));
        Assert.False(DeadlineExtension.CanStillBeGranted(Deadline, JudgingOpens, JudgingOpens));
        Assert.False(DeadlineExtension.CanStillBeGranted(Deadline, Deadline, Now));
    }

    [Fact]
    public void A_request_is_granted_once_possibly_for_less_time_than_asked()
    {
        var request = ExtensionRequest
            .Create(Guid.NewGuid(), Guid.NewGuid(), "wang", Deadline.AddDays(3), "Samples delayed by customs", Deadline, JudgingOpens, Now)
            .Value;

        var granted = request.Grant("manager", Deadline.AddDays(1), note: null, Deadline, JudgingOpens, Now);

        Assert.True(granted.Succeeded);
        Assert.Equal(
            (Deadline.AddDays(1), "Samples delayed by customs", request.Id),
            (granted.Value.UntilUtc, granted.Value.Reason, granted.Value.RequestId)
        );
        Assert.Equal(ExtensionRequestStatus.Granted, request.Status);
        Assert.Equal(RuleCodes.ExtensionAlreadyDecided, request.Refuse("manager", "changed my mind", Now).Violation?.Code);
    }

    [Fact]
    public void A_refusal_needs_a_note_and_a_bad_grant_leaves_the_request_pending()
    {
        var request = ExtensionRequest
            .Create(Guid.NewGuid(), Guid.NewGuid(), "wang", Deadline.AddDays(1), "Illness", Deadline, JudgingOpens, Now)
            .Value;

        Assert.Equal(
            RuleCodes.ExtensionIntoJudging,
            request.Grant("manager", JudgingOpens.AddDays(1), null, Deadline, JudgingOpens, Now).Violation?.Code
        );
        Assert.Equal(ExtensionRequestStatus.Pending, request.Status);
        Assert.Equal(RuleCodes.ReviewCommentRequired, request.Refuse("manager", "", Now).Violation?.Code);
        Assert.True(request.Refuse("manager", "Every team had the same time", Now).Succeeded);
        Assert.Equal(ExtensionRequestStatus.Refused, request.Status);
    }

    [Fact]
    public void A_request_for_no_more_time_or_into_judging_is_refused() =>
        Assert.Equal(
            [RuleCodes.ExtensionNotLater, RuleCodes.ExtensionIntoJudging, RuleCodes.ExtensionReasonRequired],
            new[]
            {
                ExtensionRequest.Create(Guid.NewGuid(), Guid.NewGuid(), "wang", Deadline.AddHours(-1), "x", Deadline, JudgingOpens, Now),
                ExtensionRequest.Create(Guid.NewGuid(), Guid.NewGuid(), "wang", JudgingOpens.AddHours(1), "x", Deadline, JudgingOpens, Now),
                ExtensionRequest.Create(Guid.NewGuid(), Guid.NewGuid(), "wang", Deadline.AddHours(1), "", Deadline, JudgingOpens, Now),
            }.Select(o => o.Violation!.Code)
        );

    [Fact]
    public void The_file_rules_of_a_challenge_may_be_stricter_than_the_platform_never_more_generous()
    {
        const long megabyte = 1024 * 1024;
        string[] platform = [".pdf", ".docx", ".zip"];

        Assert.Null(SubmissionFileRules.PlatformDefaults.Check(20 * megabyte, 100 * megabyte, platform));
        Assert.Null(new SubmissionFileRules(5, 20, "PDF, .zip").Check(20 * megabyte, 100 * megabyte, platform));
        Assert.Equal(".pdf,.zip", new SubmissionFileRules(5, 20, "zip, PDF,.pdf").Normalized().AllowedTypes);
        Assert.NotNull(new SubmissionFileRules(21, null, "").Check(20 * megabyte, 100 * megabyte, platform));
        Assert.NotNull(new SubmissionFileRules(null, 0, "").Check(20 * megabyte, 100 * megabyte, platform));
        Assert.NotNull(new SubmissionFileRules(null, null, ".exe").Check(20 * megabyte, 100 * megabyte, platform));
    }
}
