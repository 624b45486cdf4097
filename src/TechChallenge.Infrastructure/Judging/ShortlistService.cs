using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

/// <summary>
/// Shortlisting a round's entries for the next round, by the challenge's organisers: the top K of the round's ranking
/// (ties at the cut go on together) or entries picked by hand. Round 1 is shortlisted while it is judged; a later
/// round once its own judging has begun (preliminary review → finalists → roadshow). Each shortlist is made once; every
/// team of the round hears whether it goes on.
/// </summary>
public sealed class ShortlistService(
    IDbContextFactory<AppDbContext> dbFactory,
    RankingQuery rankings,
    Notifier notifier,
    TimeProvider clock
)
{
    public async Task<ShortlistView?> GetAsync(Actor actor, Guid challengeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return null;
        }

        var (from, next) = await StageAsync(db, challenge, cancellationToken);
        if (next is null)
        {
            return new ShortlistView(null, null, new RuleViolation(RuleCodes.ShortlistNoNextRound), [], []);
        }

        var onList = await db
            .RoundEntries.Where(e => e.ChallengeId == challengeId && e.RoundNumber == next.Number)
            .Select(e => e.ProposalId)
            .ToHashSetAsync(cancellationToken);
        var entries = (await JudgingQueries.SubmittedEntries(db, challengeId, roundNumber: from).ToListAsync(cancellationToken))
            .Select(e => new Choice(e.Id, $"{e.Title} · {e.TeamName}"))
            .ToList();
        return new ShortlistView(
            next.Number,
            next.Name,
            await CheckAsync(db, challenge, cancellationToken),
            entries.Where(e => onList.Contains(e.Id)).ToList(),
            entries
        );
    }

    /// <summary>Takes the top <paramref name="k"/> of the ranking on <paramref name="basis"/> to the next round.</summary>
    public async Task<Outcome<int>> AdvanceTopAsync(
        Actor actor,
        Guid challengeId,
        int k,
        RankingBasis basis,
        CancellationToken cancellationToken = default
    )
    {
        // Say why no shortlist can be made before ranking anything.
        var from = 1;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var challenge = await db.Challenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
            if (challenge is not null && actor.ManagesSubCenter(challenge.SubCenterId))
            {
                if (await CheckAsync(db, challenge, cancellationToken) is { } closed)
                {
                    return Outcome<int>.Refused(closed);
                }

                from = (await StageAsync(db, challenge, cancellationToken)).From;
            }
        }

        var ranking = await rankings.GetRankingAsync(actor, challengeId, basis, roundNumber: from, cancellationToken: cancellationToken);
        if (ranking is null)
        {
            return Outcome<int>.Refused(RuleCodes.AccessDenied);
        }

        var top = Shortlist.TopK(ranking.Rows.Select(r => (r.ProposalId, r.Rank)), k);
        return top.Succeeded ? await AdvanceAsync(actor, challengeId, top.Value, cancellationToken) : Outcome<int>.Refused(top.Violation!);
    }

    /// <summary>Takes the entries the organisers picked to the next round.</summary>
    public async Task<Outcome<int>> AdvancePickedAsync(
        Actor actor,
        Guid challengeId,
        IReadOnlyCollection<Guid> picked,
        CancellationToken cancellationToken = default
    ) => await AdvanceAsync(actor, challengeId, picked, cancellationToken);

    /// <summary>Where the team's entry stands after a shortlist, for its members; null before one, or for anyone else.</summary>
    public async Task<RoundStanding?> StandingAsync(Actor actor, Guid proposalId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ProposalAccess.OwnSubmittedAsync(db, actor, proposalId, cancellationToken) is not { } proposal)
        {
            return null;
        }

        var made = await db
            .RoundEntries.Where(e => e.ChallengeId == proposal.ChallengeId)
            .Select(e => (int?)e.RoundNumber)
            .MaxAsync(cancellationToken);
        if (made is not { } round)
        {
            return null;
        }

        var name = await db
            .ChallengeRounds.Where(r => r.ChallengeId == proposal.ChallengeId && r.Number == round)
            .Select(r => r.Name)
            .SingleAsync(cancellationToken);
        var advanced = await db.RoundEntries.AnyAsync(
            e => e.ChallengeId == proposal.ChallengeId && e.RoundNumber == round && e.ProposalId == proposalId,
            cancellationToken
        );
        return new RoundStanding(round, name, advanced);
    }

    private async Task<Outcome<int>> AdvanceAsync(
        Actor actor,
        Guid challengeId,
        IReadOnlyCollection<Guid> picked,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId) || actor.UserId is null)
        {
            return Outcome<int>.Refused(RuleCodes.AccessDenied);
        }

        if (await CheckAsync(db, challenge, cancellationToken) is { } closed)
        {
            return Outcome<int>.Refused(closed);
        }

        // The check above found a round to shortlist into.
        var (from, to) = await StageAsync(db, challenge, cancellationToken);
        var next = to!;
        var entries = await JudgingQueries
            .RoundProposals(db, challengeId, from)
            .Select(p => new { p.Id, p.TeamId })
            .ToListAsync(cancellationToken);
        if (Shortlist.CheckPicked(picked, entries.Select(e => e.Id).ToHashSet()) is { } invalid)
        {
            return Outcome<int>.Refused(invalid);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.RoundEntries.AddRange(
            picked.Select(id => new RoundEntry
            {
                ChallengeId = challengeId,
                RoundNumber = next.Number,
                ProposalId = id,
                AdvancedByUserId = actor.UserId,
                AdvancedAtUtc = now,
            })
        );
        var members = (
            await db
                .TeamMembers.Where(m => m.ChallengeId == challengeId)
                .Select(m => new { m.TeamId, m.UserId })
                .ToListAsync(cancellationToken)
        ).ToLookup(m => m.TeamId, m => m.UserId);
        var goingOn = picked.ToHashSet();
        List<string> TeamsOf(bool advanced) =>
            entries.Where(e => goingOn.Contains(e.Id) == advanced).SelectMany(e => members[e.TeamId]).ToList();
        await notifier.AddAsync(
            db,
            new NotificationRequest(
                NotificationKind.Shortlisted,
                challengeId,
                challenge.Title,
                $"/challenges/{challengeId}",
                TeamsOf(true)
            ),
            cancellationToken
        );
        await notifier.AddAsync(
            db,
            new NotificationRequest(
                NotificationKind.NotShortlisted,
                challengeId,
                challenge.Title,
                $"/challenges/{challengeId}",
                TeamsOf(false)
            ),
            cancellationToken
        );
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another organiser's shortlist was saved in between (the same entries' keys): theirs stands.
            return Outcome<int>.Refused(RuleCodes.ShortlistAlreadyMade, next.Name);
        }

        return Outcome<int>.Ok(picked.Count);
    }

    /// <summary>Which round is shortlisted now, and into which (<see cref="Shortlist.Stage"/>).</summary>
    private async Task<(int From, ChallengeRound? To)> StageAsync(AppDbContext db, Challenge challenge, CancellationToken cancellationToken)
    {
        var latest = await db
            .RoundEntries.Where(e => e.ChallengeId == challenge.Id)
            .Select(e => (int?)e.RoundNumber)
            .MaxAsync(cancellationToken);
        return Shortlist.Stage(challenge, latest, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>A shortlist is made once, while the challenge is judged, for a challenge that has a next round.</summary>
    private async Task<RuleViolation?> CheckAsync(AppDbContext db, Challenge challenge, CancellationToken cancellationToken)
    {
        if ((await StageAsync(db, challenge, cancellationToken)).To is not { } next)
        {
            return new RuleViolation(RuleCodes.ShortlistNoNextRound);
        }

        if (challenge.Status != ChallengeStatus.Judging)
        {
            return new RuleViolation(RuleCodes.ShortlistNotYet);
        }

        return await db.RoundEntries.AnyAsync(e => e.ChallengeId == challenge.Id && e.RoundNumber == next.Number, cancellationToken)
            ? new RuleViolation(RuleCodes.ShortlistAlreadyMade, next.Name)
            : null;
    }
}
