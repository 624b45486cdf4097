using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.TestSupport;

/// <summary>A solver account made for load and durability runs, with its API token's secret.</summary>
public sealed record ApiSolver(string UserId, string Email, string Token);

/// <summary>Many solver accounts, each with a personal access token, as an institution's system would hold them.</summary>
public static class ApiSolvers
{
    /// <summary>
    /// Creates <paramref name="count"/> solvers through the real Identity and token services. They get no password:
    /// hashing one costs tens of milliseconds, and they only ever sign in with their token.
    /// </summary>
    public static async Task<IReadOnlyList<ApiSolver>> CreateAsync(TechChallengeApp app, int count, string prefix, int parallelism = 4)
    {
        var solvers = new ApiSolver[count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (i, cancellationToken) =>
            {
                // A scope per account: the Identity store's context is not thread-safe.
                await using var scope = app.Services.CreateAsyncScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
                var email = $"{prefix}-{i:D5}@load.techchallenge.test";
                var user = new ApplicationUser
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    DisplayName = $"Load solver {i} 测试",
                };
                Ensure(await users.CreateAsync(user), email);
                Ensure(await users.AddToRoleAsync(user, Roles.Solver), email);
                var actor = new Actor(user.Id, new HashSet<string> { Roles.Solver }, null, null);
                var token = await scope
                    .ServiceProvider.GetRequiredService<ApiTokenService>()
                    .CreateAsync(actor, "Load test", cancellationToken);
                if (!token.Succeeded)
                {
                    throw new InvalidOperationException($"Token for {email} refused: {token.Violation}");
                }

                solvers[i] = new ApiSolver(user.Id, email, token.Value.Secret);
            }
        );
        return solvers;
    }

    private static void Ensure(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
