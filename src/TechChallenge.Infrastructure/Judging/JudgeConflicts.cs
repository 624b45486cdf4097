using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>A judge's own declarations of conflict: with an entry they were given, or with an organisation.</summary>
public sealed class JudgeConflicts(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// A judge declares a conflict with an entry they were given: it leaves their list in every round and their cards
    /// stop counting.
    /// </summary>
    public async Task<Outcome> DeclareConflictAsync(
        Actor actor,
        Guid proposalId,
        string reason,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await JudgeAccess.AssignedChallengeAsync(db, actor, proposalId, null, UtcNow, cancellationToken) is not { } challenge)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (CheckReason(reason) is { } invalid)
        {
            return Outcome.Refused(invalid);
        }

        var teamId = await db.Proposals.Where(p => p.Id == proposalId).Select(p => p.TeamId).SingleAsync(cancellationToken);
        db.ConflictDeclarations.Add(
            new ConflictDeclaration
            {
                ChallengeId = challenge.Id,
                JudgeUserId = actor.UserId!,
                TeamId = teamId,
                Reason = reason.Trim(),
                DeclaredAtUtc = UtcNow,
            }
        );
        db.EntryAssignments.RemoveRange(db.EntryAssignments.Where(a => a.ProposalId == proposalId && a.JudgeUserId == actor.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>
    /// A panel judge declares a conflict with an organisation, named in full (English or Chinese): every entry with a
    /// member from it is withheld. Judges type the name rather than pick from a list, so that the platform never shows
    /// a judge which organisations take part.
    /// </summary>
    public async Task<Outcome> DeclareOrganizationConflictAsync(
        Actor actor,
        Guid challengeId,
        string organizationName,
        string reason,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (
            !actor.IsInRole(Roles.Judge)
            || actor.UserId is null
            || !await db.JudgeAssignments.AnyAsync(j => j.ChallengeId == challengeId && j.JudgeUserId == actor.UserId, cancellationToken)
        )
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (CheckReason(reason) is { } invalid)
        {
            return Outcome.Refused(invalid);
        }

        var name = organizationName.Trim().ToUpperInvariant();
        var organizationId =
            name.Length == 0
                ? null
                : await db
                    .SolverOrganizations.Where(o => o.Name.ToUpper() == name || o.NameZh == organizationName.Trim())
                    .Select(o => (Guid?)o.Id)
                    .FirstOrDefaultAsync(cancellationToken);
        if (organizationId is null)
        {
            return Outcome.Refused(RuleCodes.ConflictOrganizationUnknown);
        }

        db.ConflictDeclarations.Add(
            new ConflictDeclaration
            {
                ChallengeId = challengeId,
                JudgeUserId = actor.UserId,
                OrganizationId = organizationId,
                OrganizationName = organizationName.Trim(),
                Reason = reason.Trim(),
                DeclaredAtUtc = UtcNow,
            }
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>The panels a judge sits on: where they can declare a conflict with an organisation.</summary>
    public async Task<IReadOnlyList<Choice>> PanelsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Judge) || actor.UserId is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (
            from j in db.JudgeAssignments
            join c in db.Challenges on j.ChallengeId equals c.Id
            where j.JudgeUserId == actor.UserId
            orderby c.Title
            select new Choice(c.Id, c.Title)
        )
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    /// <summary>The judge's own declarations on a challenge's panel.</summary>
    public async Task<IReadOnlyList<ConflictDeclaration>> MyDeclarationsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return actor.UserId is null
            ? []
            : await db
                .ConflictDeclarations.AsNoTracking()
                .Where(d => d.JudgeUserId == actor.UserId)
                .OrderByDescending(d => d.DeclaredAtUtc)
                .ToListAsync(cancellationToken);
    }

    private static RuleViolation? CheckReason(string reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ConflictDeclaration.MaxReasonLength
            ? new RuleViolation(RuleCodes.ConflictReasonRequired, ConflictDeclaration.MaxReasonLength)
            : null;
}
