using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>An entry a judge may open, and the round in which they score it.</summary>
internal sealed class OpenEntry
{
    public required Proposal Proposal { get; init; }
    public int RoundNumber { get; init; }
}

/// <summary>
/// The one rule for which entries a judge may open, as a query every judging read and write goes through. Per round
/// whose panel the judge is on: a submitted entry of the challenge (round 1 once submissions have closed; a later
/// round only the entries shortlisted to it, once its own submission window has closed), assigned to the judge in
/// that round (or, while the round has no assignments, to its whole panel), and not in conflict with the judge —
/// declared, or found from the team's present and former members and their organisations.
/// </summary>
internal static class JudgeAccess
{
    private static readonly ChallengeStatus[] Judgeable =
    [
        ChallengeStatus.SubmissionsClosed,
        ChallengeStatus.Judging,
        ChallengeStatus.ResultsPublished,
        ChallengeStatus.Archived,
    ];

    private static readonly ChallengeStatus[] LaterRoundJudgeable =
    [
        ChallengeStatus.Judging,
        ChallengeStatus.ResultsPublished,
        ChallengeStatus.Archived,
    ];

    public static IQueryable<OpenEntry> EntriesOpenTo(AppDbContext db, string judgeUserId, DateTime nowUtc)
    {
        var judgeOrganization = db.Users.Where(u => u.Id == judgeUserId).Select(u => u.SolverOrganizationId);
        return from j in db.JudgeAssignments
            where j.JudgeUserId == judgeUserId
            join p in db.Proposals on j.ChallengeId equals p.ChallengeId
            join c in db.Challenges on p.ChallengeId equals c.Id
            where
                p.Status == ProposalStatus.Submitted
                && (
                    (j.RoundNumber == 1 && Judgeable.Contains(c.Status))
                    || (
                        j.RoundNumber > 1
                        && LaterRoundJudgeable.Contains(c.Status)
                        && db.RoundEntries.Any(e => e.ChallengeId == c.Id && e.RoundNumber == j.RoundNumber && e.ProposalId == p.Id)
                        && db.ChallengeRounds.Any(r =>
                            r.ChallengeId == c.Id && r.Number == j.RoundNumber && r.SubmissionClosesUtc <= nowUtc
                        )
                    )
                )
                && (
                    db.EntryAssignments.Any(a => a.ProposalId == p.Id && a.RoundNumber == j.RoundNumber && a.JudgeUserId == judgeUserId)
                    || !db.EntryAssignments.Any(a => a.ChallengeId == p.ChallengeId && a.RoundNumber == j.RoundNumber)
                )
                // Declared: with the team, or with an organisation one of its members belongs to.
                && !db.ConflictDeclarations.Any(d =>
                    d.JudgeUserId == judgeUserId
                    && d.ChallengeId == p.ChallengeId
                    && (d.TeamId == p.TeamId || db.TeamMembers.Any(m => m.TeamId == p.TeamId && m.OrganizationId == d.OrganizationId))
                )
                // Found: the judge is on the team, or shares an organisation with a member, or has left the team.
                && !db.TeamMembers.Any(m =>
                    m.TeamId == p.TeamId
                    && (m.UserId == judgeUserId || (m.OrganizationId != null && judgeOrganization.Contains(m.OrganizationId)))
                )
                && !db.TeamDepartures.Any(d => d.TeamId == p.TeamId && d.UserId == judgeUserId)
            select new OpenEntry { Proposal = p, RoundNumber = j.RoundNumber };
    }

    /// <summary>Whether the judge may open this entry in this round now.</summary>
    public static Task<bool> MayOpenAsync(
        AppDbContext db,
        string judgeUserId,
        Guid proposalId,
        int roundNumber,
        DateTime nowUtc,
        CancellationToken cancellationToken
    ) =>
        EntriesOpenTo(db, judgeUserId, nowUtc)
            .AnyAsync(e => e.Proposal.Id == proposalId && e.RoundNumber == roundNumber, cancellationToken);

    /// <summary>Whether the judge may open this entry in any round now.</summary>
    public static Task<bool> MayOpenAsync(
        AppDbContext db,
        string judgeUserId,
        Guid proposalId,
        DateTime nowUtc,
        CancellationToken cancellationToken
    ) => EntriesOpenTo(db, judgeUserId, nowUtc).AnyAsync(e => e.Proposal.Id == proposalId, cancellationToken);

    /// <summary>
    /// The entry's challenge when the judge may open the entry in the round (in any round when none is named); null
    /// for anyone else, and for a judge who may not.
    /// </summary>
    public static async Task<Challenge?> AssignedChallengeAsync(
        AppDbContext db,
        Actor actor,
        Guid proposalId,
        int? roundNumber,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        if (
            !actor.IsInRole(Roles.Judge)
            || actor.UserId is null
            || !await (
                roundNumber is { } round
                    ? MayOpenAsync(db, actor.UserId, proposalId, round, nowUtc, cancellationToken)
                    : MayOpenAsync(db, actor.UserId, proposalId, nowUtc, cancellationToken)
            )
        )
        {
            return null;
        }

        var challengeId = await db.Proposals.Where(p => p.Id == proposalId).Select(p => p.ChallengeId).SingleAsync(cancellationToken);
        return await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == challengeId, cancellationToken);
    }

    /// <summary>Every judge–entry conflict on a challenge, declared or detected, for its panel.</summary>
    public static async Task<IReadOnlyList<Conflict>> ConflictsAsync(
        AppDbContext db,
        Guid challengeId,
        IReadOnlyCollection<string> judgeUserIds,
        CancellationToken cancellationToken
    )
    {
        var judges = await db
            .Users.Where(u => judgeUserIds.Contains(u.Id))
            .Select(u => new ConflictJudge(u.Id, u.SolverOrganizationId))
            .ToListAsync(cancellationToken);
        var entries = await db
            .Proposals.Where(p => p.ChallengeId == challengeId && p.Status == ProposalStatus.Submitted)
            .Select(p => new { p.Id, p.TeamId })
            .ToListAsync(cancellationToken);
        // By the challenge, not by a list of its teams: a round can have thousands.
        var members = await db
            .TeamMembers.Where(m => m.ChallengeId == challengeId)
            .Select(m => new
            {
                m.TeamId,
                m.UserId,
                m.OrganizationId,
            })
            .ToListAsync(cancellationToken);
        var departed = await (
            from d in db.TeamDepartures
            join t in db.Teams on d.TeamId equals t.Id
            where t.ChallengeId == challengeId
            select new { d.TeamId, d.UserId }
        ).ToListAsync(cancellationToken);
        var declarations = await db
            .ConflictDeclarations.AsNoTracking()
            .Where(d => d.ChallengeId == challengeId)
            .ToListAsync(cancellationToken);

        var membersOf = members.ToLookup(m => m.TeamId);
        var departedOf = departed.ToLookup(d => d.TeamId);
        var teams = entries
            .Select(e => new ConflictTeam(
                e.Id,
                e.TeamId,
                membersOf[e.TeamId].Where(m => m.OrganizationId is not null).Select(m => m.OrganizationId!.Value).Distinct().ToList(),
                membersOf[e.TeamId].Select(m => m.UserId).Concat(departedOf[e.TeamId].Select(d => d.UserId)).ToList()
            ))
            .ToList();
        return ConflictsOfInterest.Find(judges, teams, declarations);
    }
}
