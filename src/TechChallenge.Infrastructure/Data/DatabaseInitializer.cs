using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TechChallenge.Infrastructure.Regions;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.Seeding;

namespace TechChallenge.Infrastructure.Data;

/// <summary>
/// Brings the database to the current migration, ensures the roles exist, loads the region list (mapping free-text
/// regions to it), and seeds demo data when asked.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    DatabaseSettings settings,
    RoleManager<IdentityRole> roleManager,
    DemoDataSeeder demoData,
    RegionDirectory regions,
    ILogger<DatabaseInitializer> logger
)
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
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        var regionChanges = await RegionListLoader.SyncAsync(db, regions, cancellationToken);
        if (regionChanges > 0)
        {
            logger.LogInformation("Region list: {Count} divisions added or renamed", regionChanges);
        }

        foreach (var unmapped in await RegionListLoader.MapLegacyAsync(db, regions, cancellationToken))
        {
            logger.LogWarning(
                "The region '{Text}' of {Kind} {Name} ({Id}) names no division of the region list; kept as typed until one is picked",
                unmapped.Text,
                unmapped.Kind,
                unmapped.Name,
                unmapped.Id
            );
        }

        if (seedDemoData)
        {
            var seeded = await demoData.SeedAsync(cancellationToken);
            logger.LogInformation(seeded ? "Demo data loaded" : "Demo data already present");
        }
    }
}
