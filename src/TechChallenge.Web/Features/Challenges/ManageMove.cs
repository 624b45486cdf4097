using MudBlazor;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Web.Features.Challenges;

/// <summary>A lifecycle move the organisers make from the manage page, with how its button looks.</summary>
public sealed record ManageMove(ChallengeTrigger Trigger, string Text, string Icon, Color Color, string TestId)
{
    /// <summary>In the order they come in a challenge's life; the lifecycle says which one a phase allows.</summary>
    public static IReadOnlyList<ManageMove> All { get; } =
    [
        new(
            ChallengeTrigger.SubmitForReview,
            "Manage.SubmitForReview",
            Icons.Material.Filled.RateReview,
            Color.Primary,
            "submit-for-review"
        ),
        new(ChallengeTrigger.Publish, "Manage.Publish", Icons.Material.Filled.Publish, Color.Success, "publish"),
        new(ChallengeTrigger.PublishResults, "Manage.PublishResults", Icons.Material.Filled.EmojiEvents, Color.Primary, "publish-results"),
        new(ChallengeTrigger.Archive, "Manage.Archive", Icons.Material.Filled.Archive, Color.Default, "archive"),
    ];

    /// <summary>The resource key of a move's name: its button's text, and the confirmation's title and button.</summary>
    public static string TextOf(ChallengeTrigger trigger) =>
        trigger == ChallengeTrigger.Cancel ? "Manage.CancelChallenge" : All.Single(m => m.Trigger == trigger).Text;
}
