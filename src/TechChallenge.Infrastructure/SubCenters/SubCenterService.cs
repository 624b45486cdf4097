using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.SubCenters;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Regions;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.SubCenters;

/// <summary>Sub-centers and their managers, who join by e-mailed invitation.</summary>
public sealed class SubCenterService(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<ApplicationUser> userManager,
    RegionDirectory regions,
    TimeProvider clock
)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<SubCenterView>> ListSubCentersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var managerRole = await db.Roles.Where(r => r.Name == Roles.SubCenterManager).Select(r => r.Id).SingleAsync(cancellationToken);
        return await db
            .SubCenters.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new SubCenterView(
                s.Id,
                s.Name,
                s.NameZh,
                RegionDirectory.Label(s.RegionCode, s.LegacyRegion),
                s.TransferCenter!.Name,
                s.TransferCenter.NameZh,
                db.Users.Count(u => u.SubCenterId == s.Id && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == managerRole)),
                db.Challenges.Count(c => c.SubCenterId == s.Id)
            ))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Platform admins open sub-centers under the (single) national centre.</summary>
    public async Task<Outcome<Guid>> CreateSubCenterAsync(Actor actor, SubCenterInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        if (string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.NameZh) || string.IsNullOrWhiteSpace(input.Region))
        {
            return Outcome<Guid>.Refused(RuleCodes.SubCenterNameRequired);
        }

        if (regions.Resolve(input.Region) is not { } region)
        {
            return Outcome<Guid>.Refused(RuleCodes.RegionUnknown);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var center = await db.TransferCenters.OrderBy(c => c.Name).FirstAsync(cancellationToken);
        var subCenter = new SubCenter
        {
            TransferCenterId = center.Id,
            Name = input.Name.Trim(),
            NameZh = input.NameZh.Trim(),
            RegionCode = region,
        };
        db.SubCenters.Add(subCenter);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(subCenter.Id);
    }

    public async Task<IReadOnlyList<MemberView>> ListManagersAsync(
        Actor actor,
        Guid subCenterId,
        CancellationToken cancellationToken = default
    )
    {
        if (!actor.ManagesSubCenter(subCenterId))
        {
            return [];
        }

        var managers = await userManager.GetUsersInRoleAsync(Roles.SubCenterManager);
        return managers
            .Where(m => m.SubCenterId == subCenterId)
            .OrderBy(m => m.DisplayName)
            .Select(m => new MemberView(m.Id, m.DisplayName, m.Email ?? ""))
            .ToList();
    }

    public async Task<IReadOnlyList<InvitationView>> ListInvitationsAsync(
        Actor actor,
        Guid subCenterId,
        CancellationToken cancellationToken = default
    )
    {
        if (!actor.ManagesSubCenter(subCenterId))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db
            .SubCenterInvitations.AsNoTracking()
            .Where(i => i.SubCenterId == subCenterId)
            .OrderByDescending(i => i.CreatedAtUtc)
            .Select(i => new InvitationView(i.Id, i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// An admin appoints a sub-center's manager, or a manager invites a colleague to their own sub-center, by e-mail.
    /// The returned token goes into the invitation link; only its hash is kept.
    /// </summary>
    public async Task<Outcome<CreatedInvitation>> InviteManagerAsync(
        Actor actor,
        Guid subCenterId,
        string email,
        CancellationToken cancellationToken = default
    )
    {
        if (!actor.ManagesSubCenter(subCenterId) || actor.UserId is null)
        {
            return Outcome<CreatedInvitation>.Refused(RuleCodes.AccessDenied);
        }

        if (!MailAddress.TryCreate(email?.Trim(), out var address))
        {
            return Outcome<CreatedInvitation>.Refused(RuleCodes.InvitationEmailInvalid);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.SubCenters.AnyAsync(s => s.Id == subCenterId, cancellationToken))
        {
            return Outcome<CreatedInvitation>.Refused(RuleCodes.NotFound);
        }

        var token = SecretTokens.New();
        var now = UtcNow;
        var invitation = new SubCenterInvitation
        {
            SubCenterId = subCenterId,
            Email = address.Address.ToLowerInvariant(),
            TokenHash = Hash(token),
            InvitedByUserId = actor.UserId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + EmailInvitation.Lifetime,
        };
        db.SubCenterInvitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CreatedInvitation>.Ok(new CreatedInvitation(invitation.Id, token));
    }

    public async Task<InvitationPreview?> PreviewInvitationAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = Hash(token);
        return await (
            from i in db.SubCenterInvitations
            join s in db.SubCenters on i.SubCenterId equals s.Id
            where i.TokenHash == hash
            select new
            {
                i,
                s.Name,
                s.NameZh,
            }
        )
            .AsNoTracking()
            .Select(x => new InvitationPreview(x.Name, x.NameZh, x.i.Email, x.i.AcceptedAtUtc == null && x.i.ExpiresAtUtc > UtcNow))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The signed-in user whose e-mail the invitation names becomes a manager of its sub-center.</summary>
    public async Task<Outcome> AcceptInvitationAsync(Actor actor, string token, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = Hash(token);
        var invitation = await db.SubCenterInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var now = UtcNow;
        if (invitation is null || !invitation.IsUsable(now))
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        var user = await userManager.FindByIdAsync(actor.UserId);
        if (user is null || !string.Equals(user.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Refused(RuleCodes.InvitationForAnotherEmail, invitation.Email);
        }

        var accepted = invitation.Accept(user.Id, now);
        if (!accepted.Succeeded)
        {
            return accepted;
        }

        await db.SaveChangesAsync(cancellationToken);

        // The acceptance is saved; a user who cannot be updated or given the role is a fault of the server.
        user.SubCenterId = invitation.SubCenterId;
        (await userManager.UpdateAsync(user)).ThrowIfFailed($"User {user.Id} not moved to sub-center {invitation.SubCenterId}");
        if (!await userManager.IsInRoleAsync(user, Roles.SubCenterManager))
        {
            (await userManager.AddToRoleAsync(user, Roles.SubCenterManager)).ThrowIfFailed($"Manager role not given to user {user.Id}");
        }

        return Outcome.Success;
    }

    private static string Hash(string token) => SecretTokens.Hash(token);
}
