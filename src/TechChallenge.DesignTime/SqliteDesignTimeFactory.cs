using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.DesignTime;

/// <summary>
/// Lets dotnet-ef build each provider's context without starting the web app. The connection strings are never opened by `migrations add`.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
