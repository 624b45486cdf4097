using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartz;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>
/// Sends one planned deadline reminder: to solvers who registered but have not submitted, or to judges with
/// scorecards outstanding plus a summary to the sub-center's managers. Each person is logged in
/// <see cref="ReminderLog"/> in the same save as their notification, under a unique key, so nobody gets the same
/// reminder twice, whether the trigger fires twice, two nodes race, or the server restarts.
/// </summary>
public sealed class ReminderJob(
    IDbContextFactory<AppDbContext> dbFactory,
    Notifier notifier,
    ChallengeClock challengeClock,
    TimeProvider clock,
    ILogger<ReminderJob> logger
) : IJob
{
    public static readonly JobKey Key = new("deadline-reminder", ChallengeClock.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        if (
            JobData.ChallengeId(data) is not { } challengeId
            || JobData.Int(data, JobData.RoundKey) is not { } roundNumber
            || !Enum.TryParse<ReminderAudience>(data.GetString(JobData.AudienceKey), out var audience)
            || JobData.Int(data, JobData.OffsetMinutesKey) is not { } offsetMinutes
        )
        {
            throw new JobExecutionException($"Reminder {context.Trigger.Key} has incomplete data");
        }

        try
        {
            context.Result = await RemindAsync(challengeId, roundNumber, audience, offsetMinutes, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // The unique log key: another run sent this reminder between our look and our save. Nothing is lost.
            logger.LogInformation(exception, "Reminder {Trigger} was sent by another run", context.Trigger.Key);
            context.Result = "Already sent by another run";
        }
    }

    private async Task<string> RemindAsync(
        Guid challengeId,
        int roundNumber,
        ReminderAudience audience,
        int offsetMinutes,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsSplitQuery().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge?.Rounds.SingleOrDefault(r => r.Number == roundNumber) is not { } round)
        {
            return "Challenge or round no longer exists";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var deadline = audience == ReminderAudience.Solvers ? round.SubmissionClosesUtc : round.JudgingClosesUtc;
        var plan = new ReminderPlan(roundNumber, audience, TimeSpan.FromMinutes(offsetMinutes), deadline);
        var windowOpen =
            audience == ReminderAudience.Solvers
                ? challenge.Status == ChallengeStatus.SubmissionsOpen
                : ChallengeLifecycle.CheckAcceptsScores(challenge, roundNumber, now) is null;
        if (!windowOpen || !ReminderSchedule.IsStillDue(plan, challengeClock.Offsets, now))
        {
            return $"Not sent: challenge is {challenge.Status}, deadline {deadline:O}";
        }

        var recipients =
            audience == ReminderAudience.Solvers
                ? await SolversWithoutSubmissionAsync(db, challengeId, cancellationToken)
                : await JudgesWithScoresMissingAsync(db, challengeId, roundNumber, now, cancellationToken);
        var managers =
            audience == ReminderAudience.Judges && recipients.Count > 0
                ? await ManagersAsync(db, challenge.SubCenterId, cancellationToken)
                : [];

        var alreadySent = await db
            .ReminderLogs.Where(l =>
                l.ChallengeId == challengeId && l.Round == roundNumber && l.Audience == audience && l.OffsetMinutes == offsetMinutes
            )
            .Select(l => l.UserId)
            .ToListAsync(cancellationToken);
        var link = $"/challenges/{challengeId}";
        var sent = 0;
        foreach (var (kind, users) in new[] { (KindFor(audience), recipients), (NotificationKind.MissingScores, managers) })
        {
            var fresh = users.Except(alreadySent).ToList();
            db.ReminderLogs.AddRange(
                fresh.Select(userId => new ReminderLog
                {
                    ChallengeId = challengeId,
                    Round = roundNumber,
                    Audience = audience,
                    OffsetMinutes = offsetMinutes,
                    UserId = userId,
                    SentAtUtc = now,
                })
            );
            await notifier.AddAsync(db, new NotificationRequest(kind, challengeId, challenge.Title, link, fresh), cancellationToken);
            alreadySent.AddRange(fresh);
            sent += fresh.Count;
        }

        await db.SaveChangesAsync(cancellationToken);
        return $"Reminded {sent} ({audience}, {offsetMinutes} min before {deadline:O})";
    }

    private static NotificationKind KindFor(ReminderAudience audience) =>
        audience == ReminderAudience.Solvers ? NotificationKind.Reminder : NotificationKind.ScoringReminder;

    /// <summary>Solvers in a team with a draft (never submitted, or withdrawn) or a registration, and nothing submitted.</summary>
    private static Task<List<string>> SolversWithoutSubmissionAsync(
        AppDbContext db,
        Guid challengeId,
        CancellationToken cancellationToken
    ) =>
        db
            .ChallengeRegistrations.Where(r => r.ChallengeId == challengeId)
            .Select(r => r.UserId)
            .Union(db.TeamMembers.Where(m => m.ChallengeId == challengeId).Select(m => m.UserId))
            .Where(userId =>
                !db.TeamMembers.Any(m =>
                    m.ChallengeId == challengeId
                    && m.UserId == userId
                    && db.Proposals.Any(p => p.TeamId == m.TeamId && p.Status == ProposalStatus.Submitted)
                )
            )
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The round's panel judges with at least one entry of the round open to them (<see cref="JudgeAccess"/>: assigned,
    /// no conflict) that has no complete scorecard of theirs yet. One query per judge: a panel has a handful.
    /// </summary>
    private static async Task<List<string>> JudgesWithScoresMissingAsync(
        AppDbContext db,
        Guid challengeId,
        int roundNumber,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        var panel = await db
            .JudgeAssignments.Where(j => j.ChallengeId == challengeId && j.RoundNumber == roundNumber)
            .Select(j => j.JudgeUserId)
            .ToListAsync(cancellationToken);
        var missing = new List<string>();
        foreach (var judge in panel)
        {
            if (
                await JudgeAccess
                    .EntriesOpenTo(db, judge, nowUtc)
                    .AnyAsync(
                        e =>
                            e.Proposal.ChallengeId == challengeId
                            && e.RoundNumber == roundNumber
                            && !db.Scorecards.Any(s =>
                                s.ProposalId == e.Proposal.Id && s.JudgeUserId == judge && s.RoundNumber == roundNumber && s.Complete
                            ),
                        cancellationToken
                    )
            )
            {
                missing.Add(judge);
            }
        }

        return missing;
    }

    private static Task<List<string>> ManagersAsync(AppDbContext db, Guid subCenterId, CancellationToken cancellationToken) =>
        SubCenterManagers.Of(db, subCenterId).ToListAsync(cancellationToken);
}
