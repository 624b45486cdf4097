namespace TechChallenge.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
