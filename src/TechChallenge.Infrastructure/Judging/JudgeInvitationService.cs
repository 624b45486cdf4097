using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>
/// Experts invited by e-mail to the panel of one round of a challenge. The link carries a secret token (only its hash is kept); whoever
/// holds it may decline, and the owner of the invited address — signed in, or with a new account made from the link —
/// accepts and becomes a judge on the panel.
/// </summary>
public sealed class JudgeInvitationService(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<ApplicationUser> userManager,
    Notifier notifier,
    TimeProvider clock
)
{
    private static readonly ChallengeStatus[] PanelClosedStatuses =
    [
        ChallengeStatus.ResultsPublished,
        ChallengeStatus.Archived,
        ChallengeStatus.Cancelled,
    ];

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Invites <paramref name="email"/> to judge a round of the challenge, for its own sub-center's managers. Someone
    /// with an account hears of it in the app and by e-mail in their language; a new address gets one e-mail.
    /// </summary>
    public async Task<Outcome<Guid>> InviteAsync(
        Actor actor,
        Guid challengeId,
        string email,
        int roundNumber = 1,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId) || actor.UserId is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        if (challenge.Round(roundNumber) is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.NotFound);
        }

        if (PanelClosedStatuses.Contains(challenge.Status))
        {
            return Outcome<Guid>.Refused(RuleCodes.PanelClosed);
        }

        if (!MailAddress.TryCreate(email?.Trim(), out var parsed))
        {
            return Outcome<Guid>.Refused(RuleCodes.InvitationEmailInvalid);
        }

        var address = parsed.Address.ToLowerInvariant();
        var invitee = await db
            .Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == address.ToUpperInvariant())
            .Select(u => new { u.Id })
            .SingleOrDefaultAsync(cancellationToken);
        if (
            invitee is not null
            && await db.JudgeAssignments.AnyAsync(
                j => j.ChallengeId == challengeId && j.RoundNumber == roundNumber && j.JudgeUserId == invitee.Id,
                cancellationToken
            )
        )
        {
            return Outcome<Guid>.Refused(RuleCodes.JudgeAlreadyOnPanel, address);
        }

        var now = UtcNow;
        var pending = await db
            .JudgeInvitations.AsNoTracking()
            .Where(i => i.ChallengeId == challengeId && i.RoundNumber == roundNumber && i.Email == address)
            .ToListAsync(cancellationToken);
        if (pending.Any(i => i.IsUsable(now)))
        {
            return Outcome<Guid>.Refused(RuleCodes.JudgeAlreadyInvited, address);
        }

        var token = SecretTokens.New();
        var invitation = new JudgeInvitation
        {
            ChallengeId = challengeId,
            RoundNumber = roundNumber,
            Email = address,
            TokenHash = SecretTokens.Hash(token),
            InvitedByUserId = actor.UserId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + EmailInvitation.Lifetime,
        };
        db.JudgeInvitations.Add(invitation);
        var link = $"/judging/invitations/{token}";
        if (invitee is not null)
        {
            await notifier.AddAsync(
                db,
                new NotificationRequest(NotificationKind.JudgeInvitation, challengeId, challenge.Title, link, [invitee.Id]),
                cancellationToken
            );
        }
        else
        {
            var inviterCulture = await db
                .Users.Where(u => u.Id == actor.UserId)
                .Select(u => u.PreferredCulture)
                .SingleOrDefaultAsync(cancellationToken);
            notifier.MailAddress(db, NotificationKind.JudgeInvitation, address, inviterCulture, challenge.Title, link);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(invitation.Id);
    }

    /// <summary>The challenge's invitations, newest first, for its own sub-center's managers; null for anyone else.</summary>
    public async Task<IReadOnlyList<JudgeInvitationRow>?> ListAsync(
        Actor actor,
        Guid challengeId,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var subCenterId = await db
            .Challenges.Where(c => c.Id == challengeId)
            .Select(c => (Guid?)c.SubCenterId)
            .SingleOrDefaultAsync(cancellationToken);
        if (subCenterId is not { } id || !actor.ManagesSubCenter(id))
        {
            return null;
        }

        var now = UtcNow;
        var invitations = await db.JudgeInvitations.AsNoTracking().Where(i => i.ChallengeId == challengeId).ToListAsync(cancellationToken);
        return invitations
            .OrderByDescending(i => i.CreatedAtUtc)
            .Select(i => new JudgeInvitationRow(
                i.Id,
                i.Email,
                i.State(now),
                i.CreatedAtUtc,
                i.AcceptedAtUtc ?? i.DeclinedAtUtc,
                i.DeclineReason,
                i.RoundNumber
            ))
            .ToList();
    }

    public async Task<Outcome> RevokeAsync(Actor actor, Guid invitationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invitation = await db.JudgeInvitations.SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        var subCenterId = invitation is null
            ? null
            : await db
                .Challenges.Where(c => c.Id == invitation.ChallengeId)
                .Select(c => (Guid?)c.SubCenterId)
                .SingleOrDefaultAsync(cancellationToken);
        if (invitation is null || subCenterId is not { } id || !actor.ManagesSubCenter(id))
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        var revoked = invitation.Revoke(UtcNow);
        if (revoked.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return revoked;
    }

    public async Task<JudgeInvitationPreview?> PreviewAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = SecretTokens.Hash(token);
        var invitation = await db.JudgeInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return null;
        }

        var challenge = await db
            .Challenges.AsNoTracking()
            .Include(c => c.Rounds)
            .SingleAsync(c => c.Id == invitation.ChallengeId, cancellationToken);
        var subCenter = await db.SubCenters.AsNoTracking().SingleAsync(s => s.Id == challenge.SubCenterId, cancellationToken);
        var round = challenge.Rounds.SingleOrDefault(r => r.Number == invitation.RoundNumber);
        var hasAccount = await db.Users.AnyAsync(u => u.NormalizedEmail == invitation.Email.ToUpperInvariant(), cancellationToken);
        return new JudgeInvitationPreview(
            challenge.Id,
            challenge.Title,
            subCenter.Name,
            subCenter.NameZh,
            invitation.Email,
            round?.JudgingOpensUtc,
            round?.JudgingClosesUtc,
            challenge.BlindReview,
            invitation.IsUsable(UtcNow) && !PanelClosedStatuses.Contains(challenge.Status),
            hasAccount,
            invitation.RoundNumber,
            round?.Name ?? ""
        );
    }

    /// <summary>The signed-in owner of the invited address joins the panel, with the Judge role if they had not it.</summary>
    public async Task<Outcome> AcceptAsync(Actor actor, string token, CancellationToken cancellationToken = default)
    {
        var user = actor.UserId is null ? null : await userManager.FindByIdAsync(actor.UserId);
        return user is null ? Outcome.Refused(RuleCodes.AccessDenied) : await AcceptAsync(user, token, cancellationToken);
    }

    /// <summary>
    /// Someone new accepts from the link: an account is made for the invited address (the link proves they read its
    /// mail), with the Judge role, and joins the panel. Returns the new user, for the page to sign them in.
    /// </summary>
    public async Task<Outcome<ApplicationUser>> AcceptAsNewJudgeAsync(
        string token,
        string displayName,
        string password,
        string? preferredCulture = null,
        CancellationToken cancellationToken = default
    )
    {
        var preview = await PreviewAsync(token, cancellationToken);
        if (preview is not { Usable: true })
        {
            return Outcome<ApplicationUser>.Refused(RuleCodes.InvitationInvalid);
        }

        if (preview.HasAccount)
        {
            return Outcome<ApplicationUser>.Refused(RuleCodes.InvitationSignInInstead, preview.Email);
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 100)
        {
            return Outcome<ApplicationUser>.Refused(RuleCodes.DisplayNameInvalid);
        }

        var user = new ApplicationUser
        {
            UserName = preview.Email,
            Email = preview.Email,
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            PreferredCulture = preferredCulture,
        };
        var created = await userManager.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            return Outcome<ApplicationUser>.Refused(
                RuleCodes.AccountNotCreated,
                string.Join(" ", created.Errors.Select(e => e.Description))
            );
        }

        var accepted = await AcceptAsync(user, token, cancellationToken);
        return accepted.Succeeded ? Outcome<ApplicationUser>.Ok(user) : Outcome<ApplicationUser>.Refused(accepted.Violation!);
    }

    /// <summary>Whoever holds the link may decline; the organisers see the reason, if one is given.</summary>
    public async Task<Outcome> DeclineAsync(string token, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = SecretTokens.Hash(token);
        var invitation = await db.JudgeInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        var declined = invitation.Decline(reason, UtcNow);
        if (declined.Succeeded)
        {
            var title = await db.Challenges.Where(c => c.Id == invitation.ChallengeId).Select(c => c.Title).SingleAsync(cancellationToken);
            await TellInviterAsync(db, invitation, title, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return declined;
    }

    private async Task<Outcome> AcceptAsync(ApplicationUser user, string token, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = SecretTokens.Hash(token);
        var invitation = await db.JudgeInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        if (!string.Equals(user.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Refused(RuleCodes.InvitationForAnotherEmail, invitation.Email);
        }

        var challenge = await db
            .Challenges.Where(c => c.Id == invitation.ChallengeId)
            .Select(c => new { c.Status, c.Title })
            .SingleAsync(cancellationToken);
        var accepted = PanelClosedStatuses.Contains(challenge.Status)
            ? Outcome.Refused(RuleCodes.PanelClosed)
            : invitation.Accept(user.Id, UtcNow);
        if (!accepted.Succeeded)
        {
            return accepted;
        }

        if (
            !await db.JudgeAssignments.AnyAsync(
                j => j.ChallengeId == invitation.ChallengeId && j.RoundNumber == invitation.RoundNumber && j.JudgeUserId == user.Id,
                cancellationToken
            )
        )
        {
            db.JudgeAssignments.Add(
                new JudgeAssignment
                {
                    ChallengeId = invitation.ChallengeId,
                    RoundNumber = invitation.RoundNumber,
                    JudgeUserId = user.Id,
                    AssignedAtUtc = UtcNow,
                }
            );
        }

        await TellInviterAsync(db, invitation, challenge.Title, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (!await userManager.IsInRoleAsync(user, Roles.Judge))
        {
            await userManager.AddToRoleAsync(user, Roles.Judge);
        }

        return Outcome.Success;
    }

    private Task TellInviterAsync(
        AppDbContext db,
        JudgeInvitation invitation,
        string challengeTitle,
        CancellationToken cancellationToken
    ) =>
        notifier.AddAsync(
            db,
            new NotificationRequest(
                NotificationKind.JudgeInvitationAnswered,
                invitation.ChallengeId,
                challengeTitle,
                $"/manage/challenges/{invitation.ChallengeId}/panel",
                [invitation.InvitedByUserId]
            ),
            cancellationToken
        );
}
