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
/// The invitee's side of a judge invitation (<see cref="JudgeInvitationService"/> sends them): the link shows the
/// invitation; whoever holds it may decline, and the owner of the invited address — signed in, or with a new account
/// made from the link — accepts and becomes a judge on the round's panel. The inviter hears of either answer.
/// </summary>
public sealed class JudgeInvitationAnswers(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<ApplicationUser> userManager,
    Notifier notifier,
    TimeProvider clock
)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The invitation behind a link, for its page to show; null for a token that matches none.</summary>
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
            invitation.IsUsable(UtcNow) && !ChallengeLifecycle.IsPanelClosed(challenge.Status),
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
        var accepted = ChallengeLifecycle.IsPanelClosed(challenge.Status)
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
            // The acceptance is saved; a role that cannot be given is a fault of the server, not of the invitee.
            (await userManager.AddToRoleAsync(user, Roles.Judge)).ThrowIfFailed($"Judge role not given to user {user.Id}");
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
