using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>An entry's discussion between its judges and the challenge's organisers, once judging has begun.</summary>
public sealed class PanelDiscussion(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The entry's discussion, for its judges (who may open it) and the challenge's organisers; null for anyone else.</summary>
    public async Task<IReadOnlyList<DiscussionView>?> ListDiscussionAsync(
        Actor actor,
        Guid proposalId,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await MayDiscussAsync(db, actor, proposalId, cancellationToken))
        {
            return null;
        }

        var organisers = db.Users.Where(u => u.SubCenterId != null).Select(u => u.Id);
        return await (
            from m in db.DiscussionMessages
            join u in db.Users on m.AuthorUserId equals u.Id
            where m.ProposalId == proposalId
            orderby m.PostedAtUtc
            select new DiscussionView(m.Id, u.DisplayName, organisers.Contains(u.Id), m.Text, m.PostedAtUtc)
        ).ToListAsync(cancellationToken);
    }

    public async Task<Outcome> PostDiscussionAsync(Actor actor, Guid proposalId, string text, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await MayDiscussAsync(db, actor, proposalId, cancellationToken))
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        var message = DiscussionMessage.Post(proposalId, actor.UserId!, text, UtcNow);
        if (!message.Succeeded)
        {
            return message;
        }

        db.DiscussionMessages.Add(message.Value);
        await TellDiscussionAsync(db, actor.UserId!, proposalId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>
    /// The entry's other participants hear of a new message: the panel judges who may open the entry (each through
    /// <see cref="JudgeAccess"/>, so no conflicted or unassigned judge) and the challenge's organisers.
    /// </summary>
    private async Task TellDiscussionAsync(AppDbContext db, string authorUserId, Guid proposalId, CancellationToken cancellationToken)
    {
        var challenge = await db
            .Proposals.Where(p => p.Id == proposalId)
            .Join(
                db.Challenges,
                p => p.ChallengeId,
                c => c.Id,
                (_, c) =>
                    new
                    {
                        c.Id,
                        c.Title,
                        c.SubCenterId,
                    }
            )
            .SingleAsync(cancellationToken);
        // Each judge is sent to the card of the latest round in which they may open the entry.
        var judges = new List<(string UserId, int Round)>();
        var panel = await db
            .JudgeAssignments.Where(j => j.ChallengeId == challenge.Id && j.JudgeUserId != authorUserId)
            .Select(j => j.JudgeUserId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var judge in panel)
        {
            var rounds = await JudgeAccess
                .EntriesOpenTo(db, judge, UtcNow)
                .Where(e => e.Proposal.Id == proposalId)
                .Select(e => e.RoundNumber)
                .ToListAsync(cancellationToken);
            if (rounds.Count > 0)
            {
                judges.Add((judge, rounds.Max()));
            }
        }

        foreach (var round in judges.GroupBy(j => j.Round))
        {
            var link = $"/judging/proposals/{proposalId}/rounds/{round.Key}";
            var told = round.Select(j => j.UserId).ToList();
            await notifier.AddAsync(
                db,
                new NotificationRequest(NotificationKind.PanelDiscussion, challenge.Id, challenge.Title, link, told),
                cancellationToken
            );
        }

        var organisers = (await SubCenterManagers.Of(db, challenge.SubCenterId).ToListAsync(cancellationToken))
            .Where(u => u != authorUserId)
            .ToList();
        var organisersLink = $"/proposals/{proposalId}";
        await notifier.AddAsync(
            db,
            new NotificationRequest(NotificationKind.PanelDiscussion, challenge.Id, challenge.Title, organisersLink, organisers),
            cancellationToken
        );
    }

    private async Task<bool> MayDiscussAsync(AppDbContext db, Actor actor, Guid proposalId, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
        {
            return false;
        }

        var entry = await db
            .Proposals.Where(p => p.Id == proposalId && p.Status == ProposalStatus.Submitted)
            .Join(db.Challenges, p => p.ChallengeId, c => c.Id, (_, c) => new { c.SubCenterId, c.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            return false;
        }

        // Organisers join once judging has begun, as the judges do.
        return actor.ManagesSubCenter(entry.SubCenterId)
            ? entry.Status is not (ChallengeStatus.Draft or ChallengeStatus.SubmissionsOpen or ChallengeStatus.Published)
            : actor.IsInRole(Roles.Judge) && await JudgeAccess.MayOpenAsync(db, actor.UserId, proposalId, UtcNow, cancellationToken);
    }
}
