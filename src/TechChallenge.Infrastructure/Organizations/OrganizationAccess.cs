using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Organizations;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Organizations;

/// <summary>Who the actor is in their solver organisation: the one place the organisation use cases ask.</summary>
internal static class OrganizationAccess
{
    /// <summary>The actor's organisation, when they are one of its admins.</summary>
    public static async Task<Outcome<SolverOrganization>> AdminOrganizationAsync(
        AppDbContext db,
        Actor actor,
        CancellationToken cancellationToken
    )
    {
        var me = await MeAsync(db, actor, cancellationToken);
        if (me?.SolverOrganizationId is not { } organizationId || me.OrganizationRole != OrganizationRole.Admin)
        {
            return Outcome<SolverOrganization>.Refused(RuleCodes.OrganizationAdminOnly);
        }

        return Outcome<SolverOrganization>.Ok(await db.SolverOrganizations.SingleAsync(o => o.Id == organizationId, cancellationToken));
    }

    /// <summary>The signed-in user, untracked, or null for an anonymous actor.</summary>
    public static Task<ApplicationUser?> MeAsync(AppDbContext db, Actor actor, CancellationToken cancellationToken) =>
        actor.UserId is null
            ? Task.FromResult<ApplicationUser?>(null)
            : db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == actor.UserId, cancellationToken);
}
