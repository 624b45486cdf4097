using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Organizations;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Components.Proposals;

/// <summary>One running app (SQLite, demo data) for the proposal and team component tests, which render against it.</summary>
[CollectionDefinition(Name)]
public sealed class ProposalAppCollection : ICollectionFixture<SqliteAppFixture>
{
    public const string Name = "Proposal and team components";
}

/// <summary>
/// Renders the proposal and team pages of issue 17 against the real services of a running app: challenges are
/// published through the review workflow, solvers are real accounts, and what a page saves is read back from the
/// database. The signed-in person's claims are the ones sign-in gives them.
/// </summary>
public abstract class SolverPageTest : AppComponentTest
{
    protected SolverPageTest(SqliteAppFixture fixture, string culture = "en-US")
        : base(culture)
    {
        App = fixture.App;
        UseApp(App);
        // The framework's component state persistence, which a circuit that is paused or evicted goes through.
        Services.AddSingleton(services => new ComponentStatePersistenceManager(
            NullLogger<ComponentStatePersistenceManager>.Instance,
            services
        ));
        Services.AddSingleton(services => services.GetRequiredService<ComponentStatePersistenceManager>().State);
        Services.AddSupplyValueFromPersistentComponentStateProvider();
        // The pages start their autosave only on an interactive renderer, as on a live circuit.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected TechChallengeApp App { get; }

    protected ComponentStatePersistenceManager Persistence => Services.GetRequiredService<ComponentStatePersistenceManager>();

    /// <summary>Signs <paramref name="actor"/> in with the claims the app's sign-in gives them.</summary>
    protected void SignIn(Actor actor, string displayName = "Signed-in person")
    {
        Authorization.SetAuthorized(displayName);
        Authorization.SetRoles([.. actor.Roles]);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, actor.UserId!),
            new(AppClaimTypes.DisplayName, displayName),
            new(AppClaimTypes.TimeZone, "Asia/Shanghai"),
        };
        claims.AddRange(actor.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        if (actor.SubCenterId is { } subCenter)
        {
            claims.Add(new Claim(AppClaimTypes.SubCenterId, subCenter.ToString()));
        }

        if (actor.SolverOrganizationId is { } organization)
        {
            claims.Add(new Claim(AppClaimTypes.SolverOrganizationId, organization.ToString()));
        }

        Authorization.SetClaims([.. claims]);
    }

    /// <summary>A new solver account, optionally in an organisation.</summary>
    protected async Task<Actor> SolverAsync(string displayName = "Li Wei", Guid? organizationId = null) =>
        (await App.NewUserAsync(Roles.Solver, organizationId, displayName)).Actor;

    protected async Task<(Actor Actor, string Email)> SolverWithEmailAsync(string displayName) =>
        await App.NewUserAsync(Roles.Solver, displayName: displayName);

    /// <summary>A verified solver organisation with its names in both languages.</summary>
    protected async Task<Guid> OrganizationAsync(string name, string nameZh) =>
        await App.WithDbAsync(async db =>
        {
            var organization = SolverOrganization.Register(name, nameZh, SolverOrganizationKind.University, null, DateTime.UtcNow).Value;
            db.SolverOrganizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

    /// <summary>A published challenge taking submissions until <paramref name="deadlineUtc"/>; judging opens then too.</summary>
    protected Task<Guid> ChallengeAsync(DateTime deadlineUtc, DateTime? judgingOpensUtc = null, SubmissionFileRules? files = null)
    {
        var content = ChallengeScenarios.Content(deadlineUtc, $"Silver paste {Guid.NewGuid():N}");
        var round = content.Rounds[0] with { JudgingOpensUtc = judgingOpensUtc ?? deadlineUtc };
        return ChallengeScenarios.PublishAsync(App, content with { Rounds = [round], Files = files ?? content.Files });
    }

    protected async Task<T> UseAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A complete proposal submitted through the services, as the solver's earlier session would have.</summary>
    protected async Task<SubmittedVersion> SubmitAsync(
        Actor solver,
        Guid challengeId,
        string title = "Bimodal silver paste",
        IReadOnlyList<UploadedFile>? files = null
    )
    {
        await using var scope = App.Services.CreateAsyncScope();
        var submitted = await scope.ServiceProvider.SubmitCompleteAsync(solver, challengeId, title, "Sinters at 180 °C.", files ?? []);
        Assert.True(submitted.Succeeded, submitted.Violation?.ToString());
        return submitted.Value;
    }

    protected Task<ProposalDraft?> DraftAsync(Actor solver, Guid challengeId) =>
        UseAsync<ProposalReads, ProposalDraft?>(reads => reads.GetDraftAsync(solver, challengeId));

    /// <summary>Waits (at most <paramref name="seconds"/>) until the deadline has passed on the database's clock too.</summary>
    protected static async Task PassAsync(DateTime deadlineUtc, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow <= deadlineUtc.AddMilliseconds(300) && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
        }
    }

    /// <summary>The input of the field with <paramref name="testId"/> (Mud puts the test id on the input itself).</summary>
    protected static AngleSharp.Dom.IElement Field<T>(IRenderedComponent<T> page, string testId)
        where T : IComponent => page.Find($"input[data-testid={testId}], textarea[data-testid={testId}]");
}
