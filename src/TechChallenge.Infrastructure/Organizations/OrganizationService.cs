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
/// its own domain, or by a platform admin. Membership is <see cref="OrganizationMembers"/>.
/// </summary>
public sealed class OrganizationService(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<SolverOrganizationView?> GetMineAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var me = await OrganizationAccess.MeAsync(db, actor, cancellationToken);
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
}
