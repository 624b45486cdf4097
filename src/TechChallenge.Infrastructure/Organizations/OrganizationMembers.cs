using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Organizations;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;
using TechChallenge.Infrastructure.SubCenters;

namespace TechChallenge.Infrastructure.Organizations;

/// <summary>
/// Solver organisations' membership: an admin of a verified organisation invites members by e-mail, names or
/// removes admins and members; a member may leave.
/// </summary>
public sealed class OrganizationMembers(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>An admin of a verified organisation invites someone by e-mail; the token goes into the link.</summary>
    public async Task<Outcome<CreatedInvitation>> InviteAsync(Actor actor, string email, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var admin = await OrganizationAccess.AdminOrganizationAsync(db, actor, cancellationToken);
        if (!admin.Succeeded)
        {
            return Outcome<CreatedInvitation>.Refused(admin.Violation!);
        }

        var organization = admin.Value;
        if (!organization.IsVerified)
        {
            return Outcome<CreatedInvitation>.Refused(RuleCodes.OrganizationNotVerified);
        }

        if (!System.Net.Mail.MailAddress.TryCreate(email?.Trim(), out var address))
        {
            return Outcome<CreatedInvitation>.Refused(RuleCodes.InvitationEmailInvalid);
        }

        var token = SecretTokens.New();
        var now = UtcNow;
        var invitation = new OrganizationInvitation
        {
            OrganizationId = organization.Id,
            Email = address.Address.ToLowerInvariant(),
            TokenHash = SecretTokens.Hash(token),
            InvitedByUserId = actor.UserId!,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + EmailInvitation.Lifetime,
        };
        db.OrganizationInvitations.Add(invitation);
        var invitee = await db
            .Users.Where(u => u.NormalizedEmail == invitation.Email.ToUpperInvariant())
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        await notifier.AddAsync(
            db,
            new NotificationRequest(
                NotificationKind.OrganizationInvitation,
                null,
                organization.Name,
                $"/organizations/join/{token}",
                invitee
            ),
            cancellationToken
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<CreatedInvitation>.Ok(new CreatedInvitation(invitation.Id, token));
    }

    public async Task<Outcome> RevokeInvitationAsync(Actor actor, Guid invitationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var admin = await OrganizationAccess.AdminOrganizationAsync(db, actor, cancellationToken);
        var invitation = await db.OrganizationInvitations.SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (!admin.Succeeded || invitation is null || invitation.OrganizationId != admin.Value.Id)
        {
            return Outcome.Refused(admin.Violation ?? new RuleViolation(RuleCodes.NotFound));
        }

        invitation.Revoke();
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    public async Task<OrganizationInvitationPreview?> PreviewInvitationAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = SecretTokens.Hash(token);
        var now = UtcNow;
        return await (
            from i in db.OrganizationInvitations
            join o in db.SolverOrganizations on i.OrganizationId equals o.Id
            where i.TokenHash == hash
            select new OrganizationInvitationPreview(
                o.Name,
                o.NameZh,
                i.Email,
                i.AcceptedAtUtc == null && !i.Revoked && i.ExpiresAtUtc > now
            )
        ).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The signed-in solver whose e-mail the invitation names joins the organisation.</summary>
    public async Task<Outcome> AcceptInvitationAsync(Actor actor, string token, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Solver) || actor.UserId is null)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = SecretTokens.Hash(token);
        var invitation = await db.OrganizationInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var now = UtcNow;
        if (invitation is null || !invitation.IsUsable(now))
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        var me = await db.Users.SingleAsync(u => u.Id == actor.UserId, cancellationToken);
        if (!string.Equals(me.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Refused(RuleCodes.InvitationForAnotherEmail, invitation.Email);
        }

        if (me.SolverOrganizationId is not null && me.SolverOrganizationId != invitation.OrganizationId)
        {
            return Outcome.Refused(RuleCodes.OrganizationAlreadyMember);
        }

        var accepted = invitation.Accept(me.Id, now);
        if (!accepted.Succeeded)
        {
            return accepted;
        }

        me.SolverOrganizationId = invitation.OrganizationId;
        me.OrganizationRole ??= OrganizationRole.Member;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>An admin names another member admin, or takes it back; the organisation keeps at least one.</summary>
    public async Task<Outcome> SetRoleAsync(
        Actor actor,
        string userId,
        OrganizationRole role,
        CancellationToken cancellationToken = default
    ) => await ChangeMemberAsync(actor, userId, member => member.OrganizationRole = role, cancellationToken);

    /// <summary>An admin removes a member, or a member (<paramref name="userId"/> = the actor) leaves.</summary>
    public async Task<Outcome> RemoveAsync(Actor actor, string userId, CancellationToken cancellationToken = default) =>
        await ChangeMemberAsync(
            actor,
            userId,
            member => (member.SolverOrganizationId, member.OrganizationRole) = (null, null),
            cancellationToken
        );

    private async Task<Outcome> ChangeMemberAsync(
        Actor actor,
        string userId,
        Action<ApplicationUser> change,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var me = await OrganizationAccess.MeAsync(db, actor, cancellationToken);
        var member = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (me?.SolverOrganizationId is not { } organizationId || member?.SolverOrganizationId != organizationId)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        var leaving = userId == actor.UserId;
        if (me.OrganizationRole != OrganizationRole.Admin && !(leaving && member.OrganizationRole != OrganizationRole.Admin))
        {
            return Outcome.Refused(RuleCodes.OrganizationAdminOnly);
        }

        change(member);
        var admins = await db.Users.CountAsync(
            u => u.SolverOrganizationId == organizationId && u.OrganizationRole == OrganizationRole.Admin && u.Id != userId,
            cancellationToken
        );
        if (admins == 0 && member.OrganizationRole != OrganizationRole.Admin)
        {
            return Outcome.Refused(RuleCodes.OrganizationLastAdmin);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }
}
