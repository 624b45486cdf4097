using System.Net.Mail;
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
/// The organisers' side of inviting experts by e-mail to the panel of one round of a challenge: inviting, listing and
/// revoking. The link carries a secret token (only its hash is kept); the invitee answers it through
/// <see cref="JudgeInvitationAnswers"/>.
/// </summary>
public sealed class JudgeInvitationService(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
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

        if (ChallengeLifecycle.IsPanelClosed(challenge.Status))
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
}
