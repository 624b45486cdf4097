using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data;

/// <summary>The PostgreSQL database, with its own migrations set and the catalog's trigram search index.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The catalog's search is LIKE '%term%' on the lower-cased search text; a trigram index serves such substring
        // searches (Chinese included) without reading every row. pg_trgm is a trusted extension: the database owner
        // may create it.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Challenge>().HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
