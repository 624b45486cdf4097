namespace TechChallenge.Infrastructure.Challenges;

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
