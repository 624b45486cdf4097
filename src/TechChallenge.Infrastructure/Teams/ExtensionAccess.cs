using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Teams;

/// <summary>What the extension use cases share: the organisers' hold on a challenge, its window, and telling the team.</summary>
internal static class ExtensionAccess
{
    /// <summary>The challenge with its rounds when the actor organises it and it has a submission deadline; else null.</summary>
    public static async Task<Challenge?> LoadManagedAsync(
        AppDbContext db,
        Actor actor,
        Guid challengeId,
        CancellationToken cancellationToken
    )
    {
        var challenge = await db
            .Challenges.AsNoTracking()
            .Include(c => c.Rounds)
            .SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        return
            challenge is not null
            && actor.UserId is not null
            && actor.ManagesSubCenter(challenge.SubCenterId)
            && challenge.SubmissionDeadlineUtc is not null
            ? challenge
            : null;
    }

    /// <summary>When judging opens: no extension may reach past it.</summary>
    public static DateTime JudgingOpens(Challenge challenge) => challenge.Rounds.OrderBy(r => r.Number).First().JudgingOpensUtc;

    /// <summary>Tells the team's members that an organiser decided on their deadline.</summary>
    public static async Task NotifyTeamAsync(
        AppDbContext db,
        Notifier notifier,
        Challenge challenge,
        Guid teamId,
        CancellationToken cancellationToken
    )
    {
        var members = await db.TeamMembers.Where(m => m.TeamId == teamId).Select(m => m.UserId).ToListAsync(cancellationToken);
        await notifier.AddAsync(
            db,
            new NotificationRequest(
                NotificationKind.ExtensionDecision,
                challenge.Id,
                challenge.Title,
                $"/challenges/{challenge.Id}/propose",
                members
            ),
            cancellationToken
        );
    }
}
