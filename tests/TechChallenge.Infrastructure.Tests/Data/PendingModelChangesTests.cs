using Microsoft.EntityFrameworkCore;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Tests.Data;

/// <summary>
/// Each provider's migrations hold the whole model: a mapping changed without a migration fails here, not on a
/// database at start-up. The comparison is with the migrations' snapshot, so no server is needed for PostgreSQL.
/// </summary>
public sealed class PendingModelChangesTests
{
    private const string Fix = "The model has changes no migration holds: run scripts/add-migration.sh NameOfChange.";

    [Fact]
    public void The_SQLite_migrations_hold_the_whole_model()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), Fix);
    }

    [Fact]
    public void The_PostgreSQL_migrations_hold_the_whole_model()
    {
        using var db = new PostgresAppDbContext(
            new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=127.0.0.1;Database=never_opened").Options
        );

        Assert.False(db.Database.HasPendingModelChanges(), Fix);
    }
}
