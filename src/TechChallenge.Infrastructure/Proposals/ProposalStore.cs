using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>
/// What the proposal use cases share: finding the actor's team and its proposal, the challenge it answers, the checks
/// every change starts with, and the draft as the editor shows it.
/// </summary>
internal static class ProposalStore
{
    // Two requests of one solver racing (two clicks, two tabs, a retrying client) resolve within a few attempts: the
    // loser reloads and finds the winner's work.
    public const int Attempts = 3;
    private const int MaxTitleLength = 200;

    /// <summary>The proposal of the actor's team for the challenge.</summary>
    public static IQueryable<Proposal> Mine(AppDbContext db, Actor actor, Guid challengeId) =>
        db.Proposals.Where(p => p.ChallengeId == challengeId && db.TeamMembers.Any(m => m.TeamId == p.TeamId && m.UserId == actor.UserId));

    /// <summary>The actor's team for the challenge, or null when they are in none.</summary>
    public static Task<Guid?> TeamIdOfAsync(AppDbContext db, Actor actor, Guid challengeId, CancellationToken cancellationToken) =>
        db
            .TeamMembers.Where(m => m.ChallengeId == challengeId && m.UserId == actor.UserId)
            .Select(m => (Guid?)m.TeamId)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The actor's team's proposal, started (with a team of one if need be) and unsaved when there is none.</summary>
    public static async Task<Proposal> LoadOrStartAsync(
        AppDbContext db,
        Actor actor,
        Guid challengeId,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        var teamId = await TeamIdOfAsync(db, actor, challengeId, cancellationToken);
        var proposal = teamId is null
            ? null
            : await db
                .Proposals.Include(p => p.Attachments)
                .Include(p => p.Versions)
                .SingleOrDefaultAsync(p => p.TeamId == teamId, cancellationToken);
        if (proposal is null)
        {
            if (teamId is null)
            {
                // A solver who starts alone is a team of one; unique indexes on (challenge, member) and on the
                // proposal's team make a concurrent second start fail instead of adding a twin.
                var me = await db
                    .Users.Where(u => u.Id == actor.UserId)
                    .Select(u => new { u.DisplayName, u.SolverOrganizationId })
                    .SingleAsync(cancellationToken);
                var team = Team.Found(challengeId, me.DisplayName, actor.UserId!, me.SolverOrganizationId, nowUtc);
                db.Teams.Add(team);
                teamId = team.Id;
            }

            proposal = Proposal.Start(challengeId, teamId.Value, actor.UserId!, nowUtc);
            db.Proposals.Add(proposal);
        }

        return proposal;
    }

    /// <summary>The challenge with its criteria (its proposal form follows from them), unless it is still a draft.</summary>
    public static Task<Challenge?> LoadChallengeAsync(AppDbContext db, Guid challengeId, CancellationToken cancellationToken) =>
        db
            .Challenges.AsNoTracking()
            .Include(c => c.Criteria)
            .Where(c => c.Id == challengeId && c.Status != ChallengeStatus.Draft)
            .SingleOrDefaultAsync(cancellationToken);

    public static RuleViolation? CheckSolver(Actor actor) =>
        actor.IsInRole(Roles.Solver) && actor.UserId is not null ? null : new RuleViolation(RuleCodes.AccessDenied);

    public static RuleViolation? CheckTitle(string title) =>
        title.Trim().Length > MaxTitleLength ? new RuleViolation(RuleCodes.ProposalTitleTooLong, MaxTitleLength) : null;

    public static ProposalDraft ToDraft(Proposal proposal) =>
        new(
            proposal.Id,
            proposal.Revision,
            proposal.Title,
            proposal.Body,
            proposal.Sections,
            [.. proposal.DraftAttachments.Select(a => new AttachmentView(a.Id, a.FileName, a.SizeBytes, a.Sha256))],
            proposal.Status,
            proposal.VersionCount,
            proposal.HasUnsubmittedChanges,
            proposal.DraftSavedUtc
        );
}
