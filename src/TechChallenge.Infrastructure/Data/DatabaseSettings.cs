using Npgsql;

namespace TechChallenge.Infrastructure.Data;

/// <summary>
/// Configuration section "Database". SQLite is the embedded default (a file in the data folder);
/// PostgreSQL is for production and for several app instances sharing one scheduler cluster.
/// </summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite it defaults to techchallenge.db in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file and uploads; relative paths are under the content root.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Load demo data on start-up (on by default in Development).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// Quartz scheduler name. Instances that share a PostgreSQL database and this name form one cluster; it only
    /// needs changing when several independent apps run in one process (the integration tests).
    /// </summary>
    public string SchedulerName { get; set; } = "TechChallenge";

    /// <summary>Run the Quartz scheduler in this process (integration tests of other parts may turn it off).</summary>
    public bool RunScheduler { get; set; } = true;

    public string ResolveConnectionString(string dataFolder) =>
        Provider switch
        {
            DatabaseProvider.Sqlite => string.IsNullOrWhiteSpace(ConnectionString)
                ? $"Data Source={Path.Combine(dataFolder, "techchallenge.db")};Default Timeout=30"
                : ConnectionString,
            _ => string.IsNullOrWhiteSpace(ConnectionString)
                ? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.")
                : WithAutoPrepare(ConnectionString),
        };

    /// <summary>
    /// Statements used at least twice on a connection are prepared, so PostgreSQL stops parsing and planning the same
    /// few queries on every request (in the deadline-storm bench it cut the database server's CPU by about a third).
    /// A connection string that sets <c>Max Auto Prepare</c> itself keeps its value: 0 turns it off, as a transaction-
    /// pooling PgBouncer older than 1.21 requires.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        if (
            connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase)
        )
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString;
    }
}
