using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>Announcements the organisers post on a published challenge; followers hear of each one.</summary>
public sealed class ChallengeAnnouncements(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    public async Task<Outcome<Guid>> AnnounceAsync(
        Actor actor,
        Guid challengeId,
        string title,
        string body,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db
            .Challenges.AsNoTracking()
            .IgnoreAutoIncludes()
            .SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.NotFound);
        }

        if (!actor.ManagesSubCenter(challenge.SubCenterId) || actor.UserId is null)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        if (
            string.IsNullOrWhiteSpace(title)
            || string.IsNullOrWhiteSpace(body)
            || title.Length > 200
            || body.Length > AppDbContext.MaxLongText
        )
        {
            return Outcome<Guid>.Refused(RuleCodes.AnnouncementTextRequired);
        }

        if (!challenge.IsPubliclyVisible)
        {
            return Outcome<Guid>.Refused(RuleCodes.ChallengeNotEditable, challenge.Status);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var announcement = new ChallengeAnnouncement
        {
            ChallengeId = challengeId,
            Title = title.Trim(),
            Body = body.Trim(),
            PostedByUserId = actor.UserId,
            PostedAtUtc = now,
        };
        db.ChallengeAnnouncements.Add(announcement);
        await notifier.RecordAsync(
            db,
            challenge.Title,
            new ChallengeEvent
            {
                ChallengeId = challengeId,
                Kind = ChallengeEventKind.AnnouncementPosted,
                SubjectId = announcement.Id,
                OccurredAtUtc = now,
            },
            cancellationToken
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(announcement.Id);
    }

    public async Task<IReadOnlyList<AnnouncementView>> ListAnnouncementsAsync(
        Actor actor,
        Guid challengeId,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ChallengeAccess.VisibleAsync(db, actor, challengeId, cancellationToken) is null)
        {
            return [];
        }

        return await db
            .ChallengeAnnouncements.AsNoTracking()
            .Where(a => a.ChallengeId == challengeId)
            .OrderByDescending(a => a.PostedAtUtc)
            .Select(a => new AnnouncementView(a.Id, a.Title, a.Body, a.PostedAtUtc))
            .ToListAsync(cancellationToken);
    }
}
