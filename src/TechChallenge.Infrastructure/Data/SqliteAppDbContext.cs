using Microsoft.EntityFrameworkCore;

namespace TechChallenge.Infrastructure.Data;

/// <summary>The SQLite database; a class of its own only so that it keeps its own migrations set.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
