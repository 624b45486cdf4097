using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>
/// Who may see a proposal: its authors always; the challenge's own sub-center and its judges only a submitted one (a
/// draft or a withdrawn entry reaches nobody else); judges as <see cref="JudgeAccess"/> decides.
/// </summary>
internal static class ProposalAccess
{
    /// <summary>The submitted proposal if the actor is one of its team; otherwise null (what only a team may read).</summary>
    public static async Task<Proposal?> OwnSubmittedAsync(
        AppDbContext db,
        Actor actor,
        Guid proposalId,
        CancellationToken cancellationToken
    )
    {
        var proposal = await db
            .Proposals.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == proposalId && p.Status == ProposalStatus.Submitted, cancellationToken);
        return
            proposal is not null
            && actor.UserId is not null
            && await db.TeamMembers.AnyAsync(m => m.TeamId == proposal.TeamId && m.UserId == actor.UserId, cancellationToken)
            ? proposal
            : null;
    }

    public static async Task<ProposalAudience> AudienceAsync(
        AppDbContext db,
        Actor actor,
        Proposal proposal,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        if (actor.UserId is null)
        {
            return ProposalAudience.None;
        }

        if (await db.TeamMembers.AnyAsync(m => m.TeamId == proposal.TeamId && m.UserId == actor.UserId, cancellationToken))
        {
            return ProposalAudience.Author;
        }

        if (proposal.Status != ProposalStatus.Submitted)
        {
            return ProposalAudience.None;
        }

        var challenge = await db
            .Challenges.AsNoTracking()
            .Where(c => c.Id == proposal.ChallengeId)
            .Select(c => new { c.SubCenterId, c.Status })
            .SingleAsync(cancellationToken);
        if (actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return ProposalAudience.Organiser;
        }

        var judges =
            actor.IsInRole(Roles.Judge) && await JudgeAccess.MayOpenAsync(db, actor.UserId, proposal.Id, nowUtc, cancellationToken);
        return judges ? ProposalAudience.Judge : ProposalAudience.None;
    }
}
