using Npgsql;

namespace TechChallenge.TestSupport;

/// <summary>
/// The PostgreSQL server the tests use, from the environment variable TECHCHALLENGE_TEST_POSTGRES, e.g.
/// "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres". Each fixture gets a fresh database on it.
/// Without the variable the PostgreSQL tests are skipped with that reason — except in CI (CI=true), where a missing
/// server is a failure: .ci/run starts one.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "TECHCHALLENGE_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string SkipReason =>
        $"PostgreSQL tests need a server: set {Variable} to a connection string such as "
        + $"\"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres\" (CI sets it).";

    /// <summary>Null when the PostgreSQL tests should run; otherwise why they are skipped. Throws in CI without a server.</summary>
    public static string? Unavailable()
    {
        if (ConnectionString is not null)
        {
            return null;
        }

        return InCi ? throw new InvalidOperationException($"CI=true but {Variable} is not set. {SkipReason}") : SkipReason;
    }

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
