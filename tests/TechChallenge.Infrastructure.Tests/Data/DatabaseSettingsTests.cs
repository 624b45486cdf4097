using Npgsql;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Tests.Data;

public class DatabaseSettingsTests
{
    [Fact]
    public void PostgreSQL_connections_prepare_repeated_statements_by_default()
    {
        var settings = new DatabaseSettings
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = "Host=db;Database=techchallenge;Username=app",
        };

        var builder = new NpgsqlConnectionStringBuilder(settings.ResolveConnectionString("/data"));

        Assert.Equal(64, builder.MaxAutoPrepare);
        Assert.Equal(2, builder.AutoPrepareMinUsages);
        Assert.Equal("db", builder.Host);
        Assert.Equal("techchallenge", builder.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=10", 10)]
    public void An_explicit_auto_prepare_setting_is_kept(string connectionString, int expected)
    {
        var settings = new DatabaseSettings { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString };

        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(settings.ResolveConnectionString("/data")).MaxAutoPrepare);
    }

    [Fact]
    public void A_SQLite_connection_string_is_left_as_configured()
    {
        var settings = new DatabaseSettings { ConnectionString = "Data Source=/tmp/x.db" };

        Assert.Equal("Data Source=/tmp/x.db", settings.ResolveConnectionString("/data"));
    }
}
