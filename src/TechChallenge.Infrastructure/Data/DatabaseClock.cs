using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace TechChallenge.Infrastructure.Data;

/// <summary>
/// The database server's current UTC time. Deadlines are decided by it, inside the transaction that commits the
/// submission: with several app instances, the database is the one clock they share.
/// </summary>
public static class DatabaseClock
{
    public static async Task<DateTime> UtcNowAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // clock_timestamp(), not now(): now() is when the transaction began.
            var now = await db
                .Database.SqlQueryRaw<DateTime>("SELECT clock_timestamp() AT TIME ZONE 'UTC' AS \"Value\"")
                .SingleAsync(cancellationToken);
            return DateTime.SpecifyKind(now, DateTimeKind.Utc);
        }

        var text = await db
            .Database.SqlQueryRaw<string>("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now') AS \"Value\"")
            .SingleAsync(cancellationToken);
        return DateTime.ParseExact(
            text,
            "yyyy-MM-dd HH:mm:ss.fff",
            CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal
        );
    }
}
