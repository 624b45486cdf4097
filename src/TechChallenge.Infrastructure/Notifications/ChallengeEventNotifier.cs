using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>
/// The one place that decides what follows what happened to a challenge (<see cref="Challenge.DomainEvents"/>): who is
/// told of a publication, an amendment, the close of submissions, results, a cancellation, a round's judging opening —
/// the same whether a person or the clock made it happen. Like <see cref="Notifier"/> it only adds rows to the
/// caller's context, so they are saved with the change itself: a repeated clock run that finds the step applied
/// already tells nobody again.
/// </summary>
public sealed class ChallengeEventNotifier(Notifier notifier)
{
    /// <summary>Adds what follows the challenge's recorded events to <paramref name="db"/> and clears them.</summary>
    public async Task AddAsync(AppDbContext db, Challenge challenge, CancellationToken cancellationToken)
    {
        var events = challenge.DomainEvents.ToList();
        challenge.ClearDomainEvents();
        foreach (var domainEvent in events)
        {
            switch (domainEvent)
            {
                case ChallengeStatusChanged { To: ChallengeStatus.Published }:
                    await RecordAsync(ChallengeEventKind.Published, domainEvent);
                    break;
                case ChallengeStatusChanged { To: ChallengeStatus.Cancelled }:
                    await RecordAsync(ChallengeEventKind.Cancelled, domainEvent);
                    break;
                case ChallengeAmended amended:
                    await RecordAsync(ChallengeEventKind.Amended, domainEvent, amended.RevisionId);
                    break;
                case ChallengeStatusChanged { To: ChallengeStatus.SubmissionsClosed }:
                    await TellAudienceAsync(NotificationKind.SubmissionsClosed);
                    break;
                case ChallengeStatusChanged { To: ChallengeStatus.ResultsPublished }:
                    await TellAudienceAsync(NotificationKind.ResultsPublished);
                    break;
            }
        }

        var judgingOpened = events
            .OfType<RoundMilestoneReached>()
            .Where(m => m.Milestone.Kind == MilestoneKind.JudgingOpens)
            .Select(m => m.Milestone.Round)
            .Distinct();
        foreach (var round in judgingOpened)
        {
            var judges = await JudgesToTellAsync(db, challenge.Id, round, cancellationToken);
            var request = new NotificationRequest(NotificationKind.JudgeAssigned, challenge.Id, challenge.Title, "/judging", judges);
            await notifier.AddAsync(db, request, cancellationToken);
        }

        Task RecordAsync(ChallengeEventKind kind, ChallengeDomainEvent happened, Guid? subjectId = null) =>
            notifier.RecordAsync(
                db,
                challenge.Title,
                new ChallengeEvent
                {
                    ChallengeId = challenge.Id,
                    Kind = kind,
                    SubjectId = subjectId,
                    OccurredAtUtc = happened.OccurredAtUtc,
                },
                cancellationToken
            );

        Task TellAudienceAsync(NotificationKind kind) =>
            notifier.TellChallengeAudienceAsync(db, kind, challenge.Id, challenge.Title, cancellationToken);
    }

    /// <summary>
    /// Who hears that a round's judging has opened: its panel, or once entries are assigned in it only the judges with
    /// entries; nobody for a later round to which no entry was shortlisted. (Read from the tables, not through
    /// <see cref="Judging.JudgeAccess"/>: the status this save moves the challenge to is not saved yet.)
    /// </summary>
    private static async Task<List<string>> JudgesToTellAsync(
        AppDbContext db,
        Guid challengeId,
        int round,
        CancellationToken cancellationToken
    )
    {
        var shortlisted = db.RoundEntries.Where(e => e.ChallengeId == challengeId && e.RoundNumber == round);
        if (round > 1 && !await shortlisted.AnyAsync(cancellationToken))
        {
            return [];
        }

        var panel = db.JudgeAssignments.Where(j => j.ChallengeId == challengeId && j.RoundNumber == round).Select(j => j.JudgeUserId);
        var assigned = db.EntryAssignments.Where(a => a.ChallengeId == challengeId && a.RoundNumber == round).Select(a => a.JudgeUserId);
        var tell = await assigned.AnyAsync(cancellationToken) ? panel.Where(j => assigned.Contains(j)) : panel;
        return await tell.Distinct().ToListAsync(cancellationToken);
    }
}
