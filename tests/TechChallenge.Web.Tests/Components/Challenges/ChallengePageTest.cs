using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Domain.Challenges;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Components.Challenges;

/// <summary>One running app (real services, real SQLite database with the demo data) for the challenge pages' tests.</summary>
[CollectionDefinition(Name)]
public sealed class ChallengePagesCollection : ICollectionFixture<SqliteAppFixture>
{
    public const string Name = "Challenge pages";
}

/// <summary>
/// A challenge page rendered with the app's real services, as a demo person signed in with all their claims (roles,
/// sub-center, time zone), on an interactive circuit.
/// </summary>
public abstract class ChallengePageTest : AppComponentTest
{
    protected ChallengePageTest(SqliteAppFixture fixture, string culture = "en-US")
        : base(culture)
    {
        PersistentState = AddBunitPersistentComponentState();
        // What the framework registers for [PersistentState] properties in the app itself.
        Services.AddSupplyValueFromPersistentComponentStateProvider();
        App = fixture.App;
        UseApp(App);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected TechChallengeApp App { get; }

    /// <summary>What a circuit keeps when it goes (circuit state persistence), for a later circuit to start from.</summary>
    protected Bunit.TestDoubles.BunitPersistentComponentState PersistentState { get; }

    protected T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Signs in a demo person with the claims the app gives them at sign-in; returns them as services see them.</summary>
    protected async Task<Actor> SignInAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}");
        var principal = await principals.CreateAsync(user);
        Authorization.SetAuthorized(user.UserName ?? email);
        Authorization.SetRoles([.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
        Authorization.SetClaims([.. principal.Claims.Where(c => c.Type != ClaimTypes.Role)]);
        return Actor.FromPrincipal(principal);
    }

    /// <summary>A complete one-round draft of the Nantong sub-center, its submissions opening in a day.</summary>
    protected async Task<Guid> DraftAsync(string title)
    {
        var manager = await App.ActorAsync(DemoAccounts.NantongManager);
        var content = ChallengeScenarios.Content(DateTime.UtcNow.AddDays(30), title, opensUtc: DateTime.UtcNow.AddDays(1));
        var created = await Service<ChallengeAuthoring>().CreateDraftAsync(manager, content);
        Assert.True(created.Succeeded, created.Violation?.ToString());
        return created.Value;
    }

    protected async Task MoveAsync(Guid id, string email, ChallengeTrigger trigger, string? reason = null)
    {
        var moved = await Service<ChallengeLifecycleMoves>().TransitionAsync(await App.ActorAsync(email), id, trigger, reason);
        Assert.True(moved.Succeeded, moved.Violation?.ToString());
    }

    protected async Task<ChallengeStatus> StatusAsync(Guid id) =>
        (await Service<ChallengeAuthoring>().GetEditorAsync(await App.ActorAsync(DemoAccounts.Admin), id))!.Status;

    /// <summary>Clicks the button of the open confirmation named <paramref name="text"/> (its action, or Cancel).</summary>
    protected void Answer(IRenderedComponent<MudBlazor.MudDialogProvider> dialogs, string text)
    {
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog")));
        dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == text).Click();
    }
}
