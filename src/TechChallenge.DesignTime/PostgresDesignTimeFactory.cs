using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.DesignTime;

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql(
                    Environment.GetEnvironmentVariable("TECHCHALLENGE_DESIGN_POSTGRES")
                        ?? "Host=127.0.0.1;Database=techchallenge_design;Username=postgres"
                )
                .Options
        );
}
