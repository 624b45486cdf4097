using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TechChallenge.Infrastructure.Data;

/// <summary>
/// Notes something about the changes a context is about to save and acts on it once the save succeeded (never after a
/// failed one). Watching the saves rather than the services means a new code path (a scheduled job, the seeder) cannot
/// forget the follow-up. A save inside an explicit transaction is followed up once that transaction commits: until
/// then nobody else can see it, and on SQLite the transaction still holds the database's write lock.
/// </summary>
public abstract class AfterSaveInterceptor<TState> : SaveChangesInterceptor, IDbTransactionInterceptor
    where TState : class
{
    private readonly ConditionalWeakTable<DbContext, TState> pending = [];
    private readonly ConditionalWeakTable<DbContext, List<TState>> awaitingCommit = [];

    /// <summary>What the pending changes call for; null when they call for nothing.</summary>
    protected abstract TState? Collect(DbContext context);

    protected abstract ValueTask AfterSaveAsync(TState state, CancellationToken cancellationToken);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (TakeUnlessInTransaction(eventData.Context) is { } state)
        {
            AfterSaveAsync(state, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        if (TakeUnlessInTransaction(eventData.Context) is { } state)
        {
            // The save has happened; its follow-up must not be abandoned because the request was.
            await AfterSaveAsync(state, CancellationToken.None);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        foreach (var state in TakeCommitted(eventData.Context))
        {
            AfterSaveAsync(state, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        foreach (var state in TakeCommitted(eventData.Context))
        {
            await AfterSaveAsync(state, CancellationToken.None);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => TakeCommitted(eventData.Context);

    public Task TransactionRolledBackAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        TakeCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    private void Remember(DbContext? context)
    {
        if (context is not null && Collect(context) is { } state)
        {
            pending.AddOrUpdate(context, state);
        }
    }

    private TState? TakeUnlessInTransaction(DbContext? context)
    {
        var state = Take(context);
        if (state is null || context!.Database.CurrentTransaction is null)
        {
            return state;
        }

        awaitingCommit.GetOrCreateValue(context).Add(state);
        return null;
    }

    private List<TState> TakeCommitted(DbContext? context) =>
        context is not null && awaitingCommit.TryGetValue(context, out var states) && awaitingCommit.Remove(context) ? states : [];

    private TState? Take(DbContext? context) =>
        context is not null && pending.TryGetValue(context, out var state) && pending.Remove(context) ? state : null;
}
