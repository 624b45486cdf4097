namespace TechChallenge.Infrastructure.Challenges;

/// <summary>A cache of something the public catalog shows; dropped whenever that data changes.</summary>
public interface ICatalogCache
{
    ValueTask InvalidateAsync(CancellationToken cancellationToken);
}
