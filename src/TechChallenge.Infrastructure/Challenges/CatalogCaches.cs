using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>A cache of something the public catalog shows; dropped whenever that data changes.</summary>
public interface ICatalogCache
{
    ValueTask InvalidateAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Drops every <see cref="ICatalogCache"/> after a save that touched what the catalog shows (challenges, their rounds,
/// fields and files, sub-centers, proposal counts). Each instance only clears its own caches, so in a multi-instance
/// deployment another instance's copy lives until it expires.
/// </summary>
public sealed class CatalogChangeInterceptor(IEnumerable<ICatalogCache> caches) : AfterSaveInterceptor<object>
{
    private static readonly object Changed = new();

    protected override object? Collect(DbContext context) => context.ChangeTracker.Entries().Any(ShownInCatalog) ? Changed : null;

    protected override ValueTask AfterSaveAsync(object state, CancellationToken cancellationToken) => InvalidateAsync(cancellationToken);

    /// <summary>For changes made without the change tracker (bulk updates).</summary>
    public async ValueTask InvalidateAsync(CancellationToken cancellationToken)
    {
        foreach (var cache in caches)
        {
            await cache.InvalidateAsync(cancellationToken);
        }
    }

    private static bool ShownInCatalog(EntityEntry entry) => entry.State switch
    {
        // The catalog shows how many proposals a challenge has, not what they say: editing one changes nothing there,
        // submitting or withdrawing it does.
        EntityState.Added or EntityState.Deleted => entry.Entity is Proposal { Status: ProposalStatus.Submitted } || ShapesCatalog(entry.Entity),
        EntityState.Modified => ShapesCatalog(entry.Entity) || (entry.Entity is Proposal && entry.Property(nameof(Proposal.Status)).IsModified),
        _ => false,
    };

    private static bool ShapesCatalog(object entity) =>
        entity is Challenge or ChallengeRound or ChallengeAttachment or FieldTag or SubCenter
        // The many-to-many rows between challenges and fields.
        || entity is Dictionary<string, object>;
}

/// <summary>
/// The catalog's filter values (fields, regions, sub-centers) change far less often than they are read. A load that
/// overlaps an invalidation is returned but not kept, so a stale list cannot outlive the change that made it stale.
/// </summary>
public sealed class CatalogFacetsCache : ICatalogCache
{
    private readonly Lock gate = new();
    private long generation;
    private (long Generation, CatalogFacets Facets)? cached;

    public async Task<CatalogFacets> GetOrLoadAsync(Func<CancellationToken, Task<CatalogFacets>> load, CancellationToken cancellationToken)
    {
        long loadingGeneration;
        lock (gate)
        {
            if (cached is { } hit && hit.Generation == generation)
            {
                return hit.Facets;
            }

            loadingGeneration = generation;
        }

        var facets = await load(cancellationToken);
        lock (gate)
        {
            if (generation == loadingGeneration)
            {
                cached = (loadingGeneration, facets);
            }
        }

        return facets;
    }

    public ValueTask InvalidateAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            generation++;
            cached = null;
        }

        return ValueTask.CompletedTask;
    }
}
