using TechChallenge.Infrastructure.Data;

namespace TechChallenge.TestSupport;

/// <summary>One running app per test class, on the database the subclass names.</summary>
public abstract class AppFixture : IAsyncLifetime
{
    private string? postgresDatabase;

    public TechChallengeApp App { get; private set; } = default!;

    /// <summary>Set when this provider cannot run here (outside CI only); tests skip with it.</summary>
    public string? SkipReason { get; private set; }

    protected abstract DatabaseProvider Provider { get; }

    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>The app's clock; the system's when null.</summary>
    protected virtual TimeProvider? Clock => null;

    public async Task InitializeAsync()
    {
        string? connectionString = null;
        if (Provider == DatabaseProvider.Postgres)
        {
            SkipReason = PostgresServer.Unavailable();
            if (SkipReason is not null)
            {
                return;
            }

            connectionString = postgresDatabase = await PostgresServer.CreateDatabaseAsync("tc_test");
        }

        App = new TechChallengeApp(Provider, connectionString, TechChallengeApp.NewDataFolder(), ExtraSettings, clock: Clock);
        _ = App.Server; // starts the host: migrations, demo data, scheduler
    }

    public virtual async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
            Directory.Delete(App.DataFolder, recursive: true);
        }

        if (postgresDatabase is not null)
        {
            await PostgresServer.DropDatabaseAsync(postgresDatabase);
        }
    }
}

public class SqliteAppFixture : AppFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresAppFixture : AppFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
