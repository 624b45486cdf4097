using Microsoft.Extensions.DependencyInjection;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>
/// What the integration tests on a real database share: the app of their fixture (SQLite or PostgreSQL), the skip
/// when that database is missing outside CI, and a service resolved in its own scope as a request would get it.
/// </summary>
public abstract class AppTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    protected TechChallengeApp App => fixture.App;

    protected void SkipIfUnavailable() => Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

    protected async Task<T> Use<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
