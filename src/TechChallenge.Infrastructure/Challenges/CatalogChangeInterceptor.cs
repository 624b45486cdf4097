using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.SubCenters;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Challenges;

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

    private static bool ShownInCatalog(EntityEntry entry) =>
        entry.State switch
        {
            // The catalog shows how many proposals a challenge has, not what they say: editing one changes nothing there,
            // submitting or withdrawing it does.
            EntityState.Added or EntityState.Deleted => entry.Entity is Proposal { Status: ProposalStatus.Submitted }
                || ShapesCatalog(entry.Entity),
            EntityState.Modified => ShapesCatalog(entry.Entity)
                || (entry.Entity is Proposal && entry.Property(nameof(Proposal.Status)).IsModified),
            _ => false,
        };

    private static bool ShapesCatalog(object entity) =>
        entity is Challenge or ChallengeRound or ChallengeAttachment or FieldTag or SubCenter
        // The many-to-many rows between challenges and fields.
        || entity is Dictionary<string, object>;
}
