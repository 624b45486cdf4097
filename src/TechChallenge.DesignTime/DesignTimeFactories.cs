using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.DesignTime;

/// <summary>Lets dotnet-ef build each provider's context without starting the web app. The connection strings are never opened by `migrations add`.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("TECHCHALLENGE_DESIGN_POSTGRES") ?? "Host=127.0.0.1;Database=techchallenge_design;Username=postgres")
            .Options);
}
