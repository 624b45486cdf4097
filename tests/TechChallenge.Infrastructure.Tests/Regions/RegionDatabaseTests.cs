using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Regions;
using TechChallenge.Domain.SubCenters;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Regions;
using TechChallenge.TestSupport;

namespace TechChallenge.Infrastructure.Tests.Regions;

/// <summary>
/// The region list in the database and the free-text regions from before it, on a fresh database of each provider
/// brought up by the real migrations.
/// </summary>
public abstract class RegionDatabaseTests : IAsyncLifetime
{
    private static readonly RegionDirectory Regions = RegionDirectory.Shipped;

    protected string? SkipReason { get; set; }

    protected abstract AppDbContext NewContext();

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [SkippableFact]
    public async Task The_list_loads_once_and_a_renamed_division_gets_its_name_back()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
            Assert.Equal(Regions.All.Count, await RegionListLoader.SyncAsync(db, Regions, CancellationToken.None));
        }

        await using (var db = NewContext())
        {
            Assert.Equal(Regions.All.Count, await db.Regions.CountAsync());
            Assert.Equal(0, await RegionListLoader.SyncAsync(db, Regions, CancellationToken.None));
            var zunyi = RegionCode.Parse("520300");
            Assert.Equal(14, await db.Regions.CountAsync(r => r.ParentCode == zunyi));
            var wujin = await db.Regions.SingleAsync(r => r.Code == RegionCode.Parse("320412"));
            Assert.Equal(("武进区", "Wujin District", RegionLevel.District), (wujin.NameZh, wujin.NameEn, wujin.Level));
            wujin.NameEn = "Wujin";
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            Assert.Equal(1, await RegionListLoader.SyncAsync(db, Regions, CancellationToken.None));
            Assert.Equal("Wujin District", (await db.Regions.SingleAsync(r => r.Code == RegionCode.Parse("320412"))).NameEn);
        }
    }

    [SkippableFact]
    public async Task Free_text_regions_from_before_the_list_are_mapped_to_it_or_kept_as_typed_and_reported()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using (var db = NewContext())
        {
            // The database as it was before the region list: sub-centers with a free-text region.
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
            db.TransferCenters.AddRange(
                new TransferCenter { Name = "Zunyi", NameZh = "遵义" },
                new TransferCenter { Name = "Hefei", NameZh = "合肥" }
            );
            await db.SaveChangesAsync();
            // Each sub-center takes its centre's id, written as the provider writes ids.
            foreach (var (name, region) in new[] { ("Zunyi", "Guizhou · Zunyi"), ("Hefei", "Hefei High-tech Zone") })
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"SubCenters\" (\"Id\", \"TransferCenterId\", \"Name\", \"NameZh\", \"Region\") "
                        + "SELECT \"Id\", \"Id\", \"Name\", \"NameZh\", {0} FROM \"TransferCenters\" WHERE \"Name\" = {1}",
                    region,
                    name
                );
            }
        }

        Guid mapped;
        Guid kept;
        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
            await RegionListLoader.SyncAsync(db, Regions, CancellationToken.None);
            Assert.Equal(
                ["Hefei High-tech Zone", "Guizhou · Zunyi"],
                await db.SubCenters.OrderBy(s => s.Name).Select(s => s.LegacyRegion).ToListAsync()
            );
            var subCenter = await db.SubCenters.FirstAsync();
            (mapped, kept) = (Challenge(db, subCenter.Id, "Encapsulation"), Challenge(db, subCenter.Id, "Dual innovation coupon"));
            await db.SaveChangesAsync();
            foreach (var (id, region) in new[] { (mapped, "贵州 · 遵义"), (kept, "Yangtze River Delta") })
            {
                await db.Database.ExecuteSqlRawAsync(
                    "UPDATE \"Challenges\" SET \"LegacyRegion\" = {0} WHERE \"Title\" = {1}",
                    region,
                    Title(db, id)
                );
            }
        }

        await using (var db = NewContext())
        {
            var unmapped = await RegionListLoader.MapLegacyAsync(db, Regions, CancellationToken.None);

            Assert.Equal(
                [("Challenge", "Dual innovation coupon", "Yangtze River Delta"), ("SubCenter", "Hefei", "Hefei High-tech Zone")],
                unmapped.Select(u => (u.Kind, u.Name, u.Text)).OrderBy(u => u.Kind)
            );
            Assert.Equal(kept, unmapped.Single(u => u.Kind == "Challenge").Id);
        }

        await using (var db = NewContext())
        {
            var zunyi = RegionCode.Parse("520300");
            var challenges = await db.Challenges.ToDictionaryAsync(c => c.Id);
            Assert.Equal((zunyi, ""), (challenges[mapped].RegionCode, challenges[mapped].LegacyRegion));
            Assert.Equal((null, "Yangtze River Delta"), (challenges[kept].RegionCode, challenges[kept].LegacyRegion));
            var subCenters = await db.SubCenters.ToDictionaryAsync(s => s.Name);
            Assert.Equal((zunyi, ""), (subCenters["Zunyi"].RegionCode, subCenters["Zunyi"].LegacyRegion));
            Assert.Equal((null, "Hefei High-tech Zone"), (subCenters["Hefei"].RegionCode, subCenters["Hefei"].LegacyRegion));
            // Mapped once: a second start-up has nothing left to map but what matches nothing.
            Assert.Equal(2, (await RegionListLoader.MapLegacyAsync(db, Regions, CancellationToken.None)).Count);
        }
    }

    [SkippableFact]
    public async Task A_code_not_in_the_regions_table_is_refused_by_the_database()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        var center = new TransferCenter { Name = "Eastern", NameZh = "东部" };
        center.SubCenters.Add(
            new SubCenter
            {
                TransferCenterId = center.Id,
                Name = "Nantong",
                NameZh = "南通",
                RegionCode = RegionCode.Parse("320600"),
            }
        );
        db.TransferCenters.Add(center);

        // The list is not loaded: the foreign key holds the code to it.
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static Guid Challenge(AppDbContext db, Guid subCenterId, string title)
    {
        var challenge = new Challenge
        {
            Title = title,
            SubCenterId = subCenterId,
            CreatedByUserId = "manager",
        };
        Assert.True(challenge.Edit(ChallengeContent.Empty(title), [], DateTime.UtcNow, "manager").Succeeded);
        db.Challenges.Add(challenge);
        return challenge.Id;
    }

    private static string Title(AppDbContext db, Guid id) => db.Challenges.Local.Single(c => c.Id == id).Title;
}

public sealed class SqliteRegionDatabaseTests : RegionDatabaseTests
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    protected override AppDbContext NewContext() =>
        new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options);

    public override Task InitializeAsync() => connection.OpenAsync();

    public override async Task DisposeAsync() => await connection.DisposeAsync();
}

public sealed class PostgresRegionDatabaseTests : RegionDatabaseTests
{
    private string? connectionString;

    protected override AppDbContext NewContext() =>
        new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options);

    public override async Task InitializeAsync()
    {
        SkipReason = PostgresServer.Unavailable();
        connectionString = SkipReason is null ? await PostgresServer.CreateDatabaseAsync("tc_regions") : null;
    }

    public override async Task DisposeAsync()
    {
        if (connectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }
}
