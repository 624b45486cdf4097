using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Regions;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Regions;

/// <summary>
/// Brings the database's Regions table in line with the shipped list at start-up (a new edition of the list needs no
/// migration), then maps regions typed as free text before the list to its codes. What no division matches stays in
/// the legacy text column, is shown as typed, and is reported so an admin can fix it.
/// </summary>
internal static class RegionListLoader
{
    /// <returns>How many divisions were added or renamed.</returns>
    public static async Task<int> SyncAsync(AppDbContext db, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var stored = await db.Regions.ToDictionaryAsync(r => r.Code.Value, cancellationToken);
        var changed = 0;
        foreach (var region in regions.All)
        {
            if (!stored.TryGetValue(region.Code.Value, out var existing))
            {
                db.Regions.Add(Region.Of(region.Code, region.NameZh, region.NameEn));
                changed++;
            }
            else if (existing.NameZh != region.NameZh || existing.NameEn != region.NameEn)
            {
                (existing.NameZh, existing.NameEn) = (region.NameZh, region.NameEn);
                changed++;
            }
        }

        // A division dropped from a later edition stays: challenges may still refer to it.
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <returns>The free-text regions that still name no division, for the start-up log.</returns>
    public static async Task<IReadOnlyList<UnmappedRegion>> MapLegacyAsync(
        AppDbContext db,
        RegionDirectory regions,
        CancellationToken cancellationToken
    )
    {
        var unmapped = new List<UnmappedRegion>();
        var challenges = await db
            .Challenges.AsSplitQuery()
            .Where(c => c.RegionCode == null && c.LegacyRegion != "")
            .ToListAsync(cancellationToken);
        foreach (var challenge in challenges)
        {
            if (regions.Resolve(challenge.LegacyRegion) is { } code)
            {
                challenge.MapLegacyRegion(code);
            }
            else
            {
                unmapped.Add(new UnmappedRegion("Challenge", challenge.Id, challenge.Title, challenge.LegacyRegion));
            }
        }

        var subCenters = await db.SubCenters.Where(s => s.RegionCode == null && s.LegacyRegion != "").ToListAsync(cancellationToken);
        foreach (var subCenter in subCenters)
        {
            if (regions.Resolve(subCenter.LegacyRegion) is { } code)
            {
                (subCenter.RegionCode, subCenter.LegacyRegion) = (code, "");
            }
            else
            {
                unmapped.Add(new UnmappedRegion("SubCenter", subCenter.Id, subCenter.Name, subCenter.LegacyRegion));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return unmapped;
    }
}
