using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Seeding;

namespace TechChallenge.Infrastructure.Data;

/// <summary>Brings the database to the current migration, ensures the roles exist, and seeds demo data when asked.</summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    DatabaseSettings settings,
    RoleManager<IdentityRole> roleManager,
    DemoDataSeeder demoData,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers and the scheduler's writes proceed side by side in the one file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(cancellationToken);
        await HashMigratedProposalVersionsAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        if (seedDemoData)
        {
            var seeded = await demoData.SeedAsync(cancellationToken);
            logger.LogInformation(seeded ? "Demo data loaded" : "Demo data already present");
        }
    }

    /// <summary>Versions the migration made from proposals submitted before versions existed get their content hash.</summary>
    private async Task HashMigratedProposalVersionsAsync(CancellationToken cancellationToken)
    {
        var unhashed = await db.ProposalVersions.AsNoTracking().Where(v => v.ContentSha256 == "").ToListAsync(cancellationToken);
        foreach (var version in unhashed)
        {
            var hash = version.ComputeContentSha256();
            await db.ProposalVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(v => v.SetProperty(x => x.ContentSha256, hash), cancellationToken);
        }
    }
}
