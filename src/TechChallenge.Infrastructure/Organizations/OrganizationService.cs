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
/// Solver organisations: a solver founds one and becomes its admin; it is verified by a link mailed to an address at
/// its own domain, or by a platform admin; its admins invite members by e-mail and manage them.
/// </summary>
public sealed class OrganizationService(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<SolverOrganizationView?> GetMineAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var me = await MeAsync(db, actor, cancellationToken);
        if (me?.SolverOrganizationId is not { } organizationId)
        {
            return null;
        }

        var organization = await db.SolverOrganizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, cancellationToken);
        var isAdmin = me.OrganizationRole == OrganizationRole.Admin;
        var members = await db
            .Users.Where(u => u.SolverOrganizationId == organizationId)
            .OrderBy(u => u.DisplayName)
            .Select(u => new OrganizationMemberView(u.Id, u.DisplayName, u.Email!, u.OrganizationRole ?? OrganizationRole.Member))
            .ToListAsync(cancellationToken);
        var invitations = isAdmin
            ? await db
                .OrganizationInvitations.Where(i => i.OrganizationId == organizationId && !i.Revoked && i.AcceptedAtUtc == null)
                .OrderByDescending(i => i.CreatedAtUtc)
                .Select(i => new InvitationView(i.Id, i.Email, i.CreatedAtUtc, i.ExpiresAtUtc, i.AcceptedAtUtc))
                .ToListAsync(cancellationToken)
            : [];
        return new SolverOrganizationView(
            organization.Id,
            organization.Name,
            organization.NameZh,
            organization.Kind,
            organization.EmailDomain,
            organization.Verification,
            organization.ReviewNote,
            organization.DomainProofTokenHash is null ? null : organization.DomainProofEmail,
            organization.CreatedAtUtc,
            isAdmin,
            isAdmin ? members : [.. members.Select(m => m with { Email = "" })],
            invitations
        );
    }

    /// <summary>
    /// A solver founds an organisation and becomes its admin. With an e-mail domain that their own address is at, a
    /// proof link is mailed to them; otherwise it waits for a platform admin.
    /// </summary>
    public async Task<Outcome<Guid>> RegisterAsync(Actor actor, OrganizationInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Solver) || actor.UserId is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var me = await db.Users.SingleAsync(u => u.Id == actor.UserId, cancellationToken);
        if (me.SolverOrganizationId is not null)
        {
            return Outcome<Guid>.Refused(RuleCodes.OrganizationAlreadyMember);
        }

        var registered = SolverOrganization.Register(input.Name, input.NameZh, input.Kind, input.EmailDomain, UtcNow);
        if (!registered.Succeeded)
        {
            return Outcome<Guid>.Refused(registered.Violation!);
        }

        var organization = registered.Value;
        db.SolverOrganizations.Add(organization);
        me.SolverOrganizationId = organization.Id;
        me.OrganizationRole = OrganizationRole.Admin;
        if (organization.EmailDomain is not null && organization.OwnsAddress(me.Email ?? ""))
        {
            await MailDomainProofAsync(db, organization, me, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(organization.Id);
    }

    /// <summary>Someone opened a domain-proof link: whoever holds it reads mail at the organisation's domain.</summary>
    public async Task<Outcome<string>> CompleteDomainProofAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = SecretTokens.Hash(token);
        var organization = await db.SolverOrganizations.SingleOrDefaultAsync(o => o.DomainProofTokenHash == hash, cancellationToken);
        if (organization is null)
        {
            return Outcome<string>.Refused(RuleCodes.InvitationInvalid);
        }

        var proven = organization.CompleteDomainProof(hash, UtcNow);
        if (!proven.Succeeded)
        {
            return Outcome<string>.Refused(proven.Violation!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<string>.Ok(organization.Name);
    }

    public async Task<IReadOnlyList<PendingOrganization>> ListPendingAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await db
            .SolverOrganizations.AsNoTracking()
            .Where(o => o.Verification == OrganizationVerification.Pending)
            .OrderBy(o => o.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        var ids = pending.Select(o => o.Id).ToList();
        var founders = await db
            .Users.Where(u => ids.Contains(u.SolverOrganizationId!.Value) && u.OrganizationRole == OrganizationRole.Admin)
            .Select(u => new
            {
                OrganizationId = u.SolverOrganizationId!.Value,
                u.DisplayName,
                u.Email,
            })
            .ToListAsync(cancellationToken);
        return pending
            .Select(o =>
            {
                var founder = founders.FirstOrDefault(f => f.OrganizationId == o.Id);
                return new PendingOrganization(
                    o.Id,
                    o.Name,
                    o.NameZh,
                    o.Kind,
                    o.EmailDomain,
                    founder?.DisplayName ?? "",
                    founder?.Email ?? "",
                    o.CreatedAtUtc
                );
            })
            .ToList();
    }

    public async Task<Outcome> ReviewAsync(
        Actor actor,
        Guid organizationId,
        bool approve,
        string? note,
        CancellationToken cancellationToken = default
    )
    {
        if (!actor.IsAdmin)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.SolverOrganizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        var reviewed = organization.Review(approve, note, UtcNow);
        if (reviewed.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return reviewed;
    }

    /// <summary>An admin of a verified organisation invites someone by e-mail; the token goes into the link.</summary>
    public async Task<Outcome<CreatedInvitation>> InviteAsync(Actor actor, string email, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var admin = await AdminOrganizationAsync(db, actor, cancellationToken);
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
        var admin = await AdminOrganizationAsync(db, actor, cancellationToken);
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
        var me = await MeAsync(db, actor, cancellationToken);
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

    private async Task MailDomainProofAsync(
        AppDbContext db,
        SolverOrganization organization,
        ApplicationUser recipient,
        CancellationToken cancellationToken
    )
    {
        var token = SecretTokens.New();
        if (organization.StartDomainProof(recipient.Email!, SecretTokens.Hash(token)).Succeeded)
        {
            await notifier.AddAsync(
                db,
                new NotificationRequest(
                    NotificationKind.OrganizationDomainProof,
                    null,
                    organization.Name,
                    $"/organizations/verify/{token}",
                    [recipient.Id]
                ),
                cancellationToken
            );
        }
    }

    private static async Task<Outcome<SolverOrganization>> AdminOrganizationAsync(
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

    private static Task<ApplicationUser?> MeAsync(AppDbContext db, Actor actor, CancellationToken cancellationToken) =>
        actor.UserId is null
            ? Task.FromResult<ApplicationUser?>(null)
            : db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == actor.UserId, cancellationToken);
}
