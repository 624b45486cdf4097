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

        if (seedDemoData)
        {
            var seeded = await demoData.SeedAsync(cancellationToken);
            logger.LogInformation(seeded ? "Demo data loaded" : "Demo data already present");
        }
    }
}
