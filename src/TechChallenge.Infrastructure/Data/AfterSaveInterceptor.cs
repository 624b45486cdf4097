using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TechChallenge.Infrastructure.Data;

/// <summary>
/// Notes something about the changes a context is about to save and acts on it once the save succeeded (never after a
/// failed one). Watching the saves rather than the services means a new code path (a scheduled job, the seeder) cannot
/// forget the follow-up.
/// </summary>
public abstract class AfterSaveInterceptor<TState> : SaveChangesInterceptor
    where TState : class
{
    private readonly ConditionalWeakTable<DbContext, TState> pending = [];

    /// <summary>What the pending changes call for; null when they call for nothing.</summary>
    protected abstract TState? Collect(DbContext context);

    protected abstract ValueTask AfterSaveAsync(TState state, CancellationToken cancellationToken);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } state)
        {
            AfterSaveAsync(state, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } state)
        {
            // The save has happened; its follow-up must not be abandoned because the request was.
            await AfterSaveAsync(state, CancellationToken.None);
        }

        return result;
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

    private TState? Take(DbContext? context) =>
        context is not null && pending.TryGetValue(context, out var state) && pending.Remove(context) ? state : null;
}
