using Microsoft.EntityFrameworkCore;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>
/// A team as the pages that name an entry show it: its name and the organisations its members joined from, the lead's
/// first. A team is named after its lead until renamed, so without the organisation an institution's entry reads as
/// one person's. Views that must stay blind leave it out altogether.
/// </summary>
public sealed record TeamIdentity(string Name, IReadOnlyList<OrganizationName> Organizations)
{
    internal static async Task<TeamIdentity> LoadAsync(AppDbContext db, Guid teamId, CancellationToken cancellationToken)
    {
        var name = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleAsync(cancellationToken);
        var organizations = await (
            from m in db.TeamMembers
            join o in db.SolverOrganizations on m.OrganizationId equals o.Id
            where m.TeamId == teamId
            select new
            {
                m.Role,
                m.JoinedAtUtc,
                o.Id,
                o.Name,
                o.NameZh,
            }
        ).ToListAsync(cancellationToken);
        return new TeamIdentity(
            name,
            [
                .. organizations
                    .OrderBy(o => o.Role)
                    .ThenBy(o => o.JoinedAtUtc)
                    .DistinctBy(o => o.Id)
                    .Select(o => new OrganizationName(o.Name, o.NameZh)),
            ]
        );
    }
}
