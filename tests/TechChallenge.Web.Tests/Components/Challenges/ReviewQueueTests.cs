using Bunit;
using TechChallenge.Domain.Challenges;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Challenges;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>The admins' review queue: each challenge approved (once confirmed) or returned (with a comment) from the list.</summary>
[Collection(ChallengePagesCollection.Name)]
public sealed class ReviewQueueTests(SqliteAppFixture fixture) : ChallengePageTest(fixture)
{
    [Fact]
    public async Task Approving_from_the_list_is_asked_first_and_the_approved_challenge_leaves_the_queue()
    {
        var id = await WaitingAsync("Approved from the queue");
        var page = await QueueAsync();
        var dialogs = Dialogs;

        Item(page, "Approved from the queue").QuerySelector("[data-testid=approve]")!.Click();
        Answer(dialogs, "Cancel");
        Assert.Equal(ChallengeStatus.SubmittedForReview, await StatusAsync(id));

        Item(page, "Approved from the queue").QuerySelector("[data-testid=approve]")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("cannot be taken back", dialogs.Markup));
        Answer(dialogs, "Approve");

        page.WaitForAssertion(() => Assert.DoesNotContain("Approved from the queue", page.Markup));
        Assert.Equal(ChallengeStatus.Approved, await StatusAsync(id));
    }

    [Fact]
    public async Task Returning_from_the_list_needs_a_comment_and_then_sends_it_back()
    {
        var id = await WaitingAsync("Returned from the queue");
        var page = await QueueAsync();

        Item(page, "Returned from the queue").QuerySelector("[data-testid=return]")!.Click();

        page.WaitForAssertion(() => Assert.Contains("Say what needs to change", Item(page, "Returned from the queue").TextContent));
        Assert.Equal(ChallengeStatus.SubmittedForReview, await StatusAsync(id));

        Item(page, "Returned from the queue").QuerySelector("textarea[data-testid=review-comments-input]")!.Input("Add the test method.");
        Item(page, "Returned from the queue").QuerySelector("[data-testid=return]")!.Click();

        page.WaitForAssertion(() => Assert.DoesNotContain("Returned from the queue", page.Markup));
        Assert.Equal(ChallengeStatus.ReturnedForChanges, await StatusAsync(id));
    }

    private async Task<Guid> WaitingAsync(string title)
    {
        var id = await DraftAsync(title);
        await MoveAsync(id, DemoAccounts.NantongManager, ChallengeTrigger.SubmitForReview);
        return id;
    }

    private async Task<IRenderedComponent<ReviewQueue>> QueueAsync()
    {
        await SignInAsync(DemoAccounts.Admin);
        var page = RenderInApp<ReviewQueue>();
        page.WaitForElement("[data-testid=review-item]");
        return page;
    }

    private static AngleSharp.Dom.IElement Item(IRenderedComponent<ReviewQueue> page, string title) =>
        page.FindAll("[data-testid=review-item]").Single(item => item.TextContent.Contains(title));
}
