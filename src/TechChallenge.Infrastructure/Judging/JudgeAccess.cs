using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>
/// The one rule for which entries a judge may open, as a query every judging read and write goes through: a submitted
/// entry of a challenge whose submissions have closed, whose panel the judge is on, assigned to the judge (or, while
/// the challenge has no assignments, to its whole panel), and not in conflict with the judge — declared, or found
/// from the team's present and former members and their organisations.
/// </summary>
internal static class JudgeAccess
{
    private static readonly ChallengeStatus[] Judgeable =
        [ChallengeStatus.SubmissionsClosed, ChallengeStatus.Judging, ChallengeStatus.ResultsPublished, ChallengeStatus.Archived];

    public static IQueryable<Proposal> EntriesOpenTo(AppDbContext db, string judgeUserId)
    {
        var judgeOrganization = db.Users.Where(u => u.Id == judgeUserId).Select(u => u.SolverOrganizationId);
        return
            from p in db.Proposals
            join c in db.Challenges on p.ChallengeId equals c.Id
            where p.Status == ProposalStatus.Submitted
                && Judgeable.Contains(c.Status)
                && db.JudgeAssignments.Any(j => j.ChallengeId == p.ChallengeId && j.JudgeUserId == judgeUserId)
                && (db.EntryAssignments.Any(a => a.ProposalId == p.Id && a.JudgeUserId == judgeUserId)
                    || !db.EntryAssignments.Any(a => a.ChallengeId == p.ChallengeId))
                // Declared: with the team, or with an organisation one of its members belongs to.
                && !db.ConflictDeclarations.Any(d => d.JudgeUserId == judgeUserId && d.ChallengeId == p.ChallengeId
                    && (d.TeamId == p.TeamId || db.TeamMembers.Any(m => m.TeamId == p.TeamId && m.OrganizationId == d.OrganizationId)))
                // Found: the judge is on the team, or shares an organisation with a member, or has left the team.
                && !db.TeamMembers.Any(m => m.TeamId == p.TeamId
                    && (m.UserId == judgeUserId || (m.OrganizationId != null && judgeOrganization.Contains(m.OrganizationId))))
                && !db.TeamDepartures.Any(d => d.TeamId == p.TeamId && d.UserId == judgeUserId)
            select p;
    }

    /// <summary>Whether the judge may open this entry now.</summary>
    public static Task<bool> MayOpenAsync(AppDbContext db, string judgeUserId, Guid proposalId, CancellationToken cancellationToken) =>
        EntriesOpenTo(db, judgeUserId).AnyAsync(p => p.Id == proposalId, cancellationToken);

    /// <summary>Every judge–entry conflict on a challenge, declared or detected, for its panel.</summary>
    public static async Task<IReadOnlyList<Conflict>> ConflictsAsync(AppDbContext db, Guid challengeId, IReadOnlyCollection<string> judgeUserIds, CancellationToken cancellationToken)
    {
        var judges = await db.Users.Where(u => judgeUserIds.Contains(u.Id))
            .Select(u => new ConflictJudge(u.Id, u.SolverOrganizationId)).ToListAsync(cancellationToken);
        var entries = await db.Proposals.Where(p => p.ChallengeId == challengeId && p.Status == ProposalStatus.Submitted)
            .Select(p => new { p.Id, p.TeamId }).ToListAsync(cancellationToken);
        // By the challenge, not by a list of its teams: a round can have thousands.
        var members = await db.TeamMembers.Where(m => m.ChallengeId == challengeId)
            .Select(m => new { m.TeamId, m.UserId, m.OrganizationId }).ToListAsync(cancellationToken);
        var departed = await (
            from d in db.TeamDepartures
            join t in db.Teams on d.TeamId equals t.Id
            where t.ChallengeId == challengeId
            select new { d.TeamId, d.UserId }).ToListAsync(cancellationToken);
        var declarations = await db.ConflictDeclarations.AsNoTracking().Where(d => d.ChallengeId == challengeId).ToListAsync(cancellationToken);

        var membersOf = members.ToLookup(m => m.TeamId);
        var departedOf = departed.ToLookup(d => d.TeamId);
        var teams = entries.Select(e => new ConflictTeam(
            e.Id,
            e.TeamId,
            membersOf[e.TeamId].Where(m => m.OrganizationId is not null).Select(m => m.OrganizationId!.Value).Distinct().ToList(),
            membersOf[e.TeamId].Select(m => m.UserId).Concat(departedOf[e.TeamId].Select(d => d.UserId)).ToList()))
            .ToList();
        return ConflictsOfInterest.Find(judges, teams, declarations);
    }
}
