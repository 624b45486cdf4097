using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Judging;

public sealed record JudgeEntry(Guid ProposalId, Guid ChallengeId, string ChallengeTitle, string ProposalTitle, ChallengeStatus ChallengeStatus, bool Scored, int RoundNumber = 1, string RoundName = "");

/// <summary>A round of a challenge, as pages offer it to choose.</summary>
public sealed record RoundChoice(int Number, string Name);

public sealed record ScorecardView(
    Guid ProposalId,
    Guid ChallengeId,
    string ChallengeTitle,
    RuleViolation? Locked,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyDictionary<Guid, decimal> Scores,
    string? Comment,
    Recommendation? Recommendation = null,
    IReadOnlyDictionary<Guid, string>? CommentsToSolver = null,
    DateTime? SavedAtUtc = null,
    bool Complete = false,
    int RoundNumber = 1,
    string RoundName = "")
{
    public bool AcceptsScores => Locked is null;
}

/// <summary>What a judge enters on a scorecard.</summary>
public sealed record ScorecardInput(
    IReadOnlyDictionary<Guid, decimal> Scores,
    string? Comment,
    Recommendation? Recommendation = null,
    IReadOnlyDictionary<Guid, string>? CommentsToSolver = null);

public sealed record Choice(Guid Id, string Name);

public sealed record DiscussionView(Guid Id, string AuthorName, bool ByOrganiser, string Text, DateTime PostedAtUtc);

/// <summary>Which criterion placed an entry above another with the same score.</summary>
public sealed record TieBreakNote(string CriterionName, string PlacedAboveTitle);

public sealed record RankingRow(
    int? Rank,
    Guid ProposalId,
    string ProposalTitle,
    string TeamName,
    decimal? RawScore,
    double? NormalizedScore,
    int ScorecardCount,
    IReadOnlyList<string> MissingJudges,
    decimal? Spread,
    bool Disagreement,
    TieBreakNote? TieBreak,
    bool RankShared);

/// <param name="RoundNumber">The round ranked: each has its own entries, panel, criteria and scorecards.</param>
public sealed record RankingView(
    Guid ChallengeId,
    string ChallengeTitle,
    ChallengeStatus Status,
    int PanelSize,
    RankingBasis Basis,
    decimal DisagreementThreshold,
    IReadOnlyList<RankingRow> Rows,
    int RoundNumber = 1,
    IReadOnlyList<RoundChoice>? Rounds = null);

/// <summary>Judges' scorecards and the organisers' ranking.</summary>
public sealed class JudgingService(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    /// <summary>Entries the judge may score in each round whose panel they are on (<see cref="JudgeAccess"/>).</summary>
    public async Task<IReadOnlyList<JudgeEntry>> ListAssignedAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Judge) || actor.UserId is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await (
            from e in JudgeAccess.EntriesOpenTo(db, actor.UserId, UtcNow)
            join c in db.Challenges on e.Proposal.ChallengeId equals c.Id
            join r in db.ChallengeRounds on new { ChallengeId = c.Id, Number = e.RoundNumber } equals new { r.ChallengeId, r.Number }
            join v in db.ProposalVersions on new { ProposalId = e.Proposal.Id, Number = e.Proposal.VersionCount } equals new { v.ProposalId, v.Number }
            select new JudgeEntry(
                e.Proposal.Id,
                c.Id,
                c.Title,
                v.Title,
                c.Status,
                db.Scorecards.Any(s => s.ProposalId == e.Proposal.Id && s.JudgeUserId == actor.UserId && s.RoundNumber == e.RoundNumber && s.Complete),
                e.RoundNumber,
                r.Name)).ToListAsync(cancellationToken);
        return entries.OrderBy(e => e.ChallengeTitle).ThenByDescending(e => e.RoundNumber).ThenBy(e => e.ProposalTitle).ToList();
    }

    /// <summary>The judge's card for an entry in a round, on that round's criteria; null unless they may open it there.</summary>
    public async Task<ScorecardView?> GetScorecardAsync(Actor actor, Guid proposalId, int roundNumber = 1, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await AssignedChallengeAsync(db, actor, proposalId, roundNumber, cancellationToken) is not { } challenge)
        {
            return null;
        }

        var card = await db.Scorecards.AsNoTracking().Include(s => s.Scores)
            .SingleOrDefaultAsync(s => s.ProposalId == proposalId && s.JudgeUserId == actor.UserId && s.RoundNumber == roundNumber, cancellationToken);
        return new ScorecardView(
            proposalId,
            challenge.Id,
            challenge.Title,
            ChallengeLifecycle.CheckAcceptsScores(challenge, roundNumber, UtcNow),
            CriterionView.Of(challenge.CriteriaOf(roundNumber)),
            card?.Scores.ToDictionary(s => s.CriterionId, s => s.Value) ?? [],
            card?.Comment,
            card?.Recommendation,
            card?.Scores.Where(s => s.CommentToSolver is not null).ToDictionary(s => s.CriterionId, s => s.CommentToSolver!) ?? [],
            card?.UpdatedAtUtc,
            card?.Complete ?? false,
            roundNumber,
            challenge.Round(roundNumber)?.Name ?? "");
    }

    /// <summary>Saves the judge's round 1 card, which must score every criterion.</summary>
    public Task<Outcome> SaveScorecardAsync(
        Actor actor,
        Guid proposalId,
        IReadOnlyDictionary<Guid, decimal> scores,
        string? comment,
        Recommendation? recommendation = null,
        IReadOnlyDictionary<Guid, string>? commentsToSolver = null,
        CancellationToken cancellationToken = default) =>
        SaveAsync(actor, proposalId, 1, new ScorecardInput(scores, comment, recommendation, commentsToSolver), draft: false, cancellationToken);

    /// <summary>Saves the judge's card for the round, which must score every one of the round's criteria.</summary>
    public Task<Outcome> SaveScorecardAsync(Actor actor, Guid proposalId, int roundNumber, ScorecardInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(actor, proposalId, roundNumber, input, draft: false, cancellationToken);

    /// <summary>
    /// Keeps the judge's card as it stands, some criteria possibly unscored (the page's autosave); it counts in the
    /// ranking once every criterion is scored. Same access and lock as a full save.
    /// </summary>
    public Task<Outcome> SaveScorecardDraftAsync(Actor actor, Guid proposalId, ScorecardInput input, int roundNumber = 1, CancellationToken cancellationToken = default) =>
        SaveAsync(actor, proposalId, roundNumber, input, draft: true, cancellationToken);

    private async Task<Outcome> SaveAsync(Actor actor, Guid proposalId, int roundNumber, ScorecardInput input, bool draft, CancellationToken cancellationToken)
    {
        var (scores, comment, recommendation, commentsToSolver) = input;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await AssignedChallengeAsync(db, actor, proposalId, roundNumber, cancellationToken) is not { } challenge)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (ChallengeLifecycle.CheckAcceptsScores(challenge, roundNumber, UtcNow) is { } closed)
        {
            return Outcome.Refused(closed);
        }

        var card = await db.Scorecards.Include(s => s.Scores)
            .SingleOrDefaultAsync(s => s.ProposalId == proposalId && s.JudgeUserId == actor.UserId && s.RoundNumber == roundNumber, cancellationToken);
        if (card is null)
        {
            card = new Scorecard { ProposalId = proposalId, JudgeUserId = actor.UserId!, RoundNumber = roundNumber };
            db.Scorecards.Add(card);
        }

        var criteria = challenge.CriteriaOf(roundNumber);
        var outcome = draft
            ? card.SaveDraft(criteria, scores, UtcNow, commentsToSolver)
            : card.SetScores(criteria, scores, UtcNow, commentsToSolver);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        if (comment?.Trim().Length > Scorecard.MaxCommentLength)
        {
            return Outcome.Refused(RuleCodes.ScoreCommentTooLong, Scorecard.MaxCommentLength);
        }

        card.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        card.Recommendation = recommendation;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>
    /// A round's ranking (<see cref="RoundRanking"/>; the round the challenge is in when none is named), for the
    /// challenge's own sub-center only: the round's entries, panel, criteria and cards. Cards of a judge in conflict
    /// with the entry do not count; judges assigned but without a complete card are named as missing.
    /// </summary>
    public async Task<RankingView?> GetRankingAsync(
        Actor actor,
        Guid challengeId,
        RankingBasis basis = RankingBasis.Raw,
        decimal disagreementThreshold = RoundRanking.DefaultDisagreementThreshold,
        int? roundNumber = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db.Challenges.AsNoTracking().AsSplitQuery().Include(c => c.Judges).SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        if (challenge is null || !actor.ManagesSubCenter(challenge.SubCenterId))
        {
            return null;
        }

        var round = challenge.RoundNumberOrCurrent(roundNumber, UtcNow);
        var proposals = await JudgingQueries.SubmittedEntries(db, challengeId, roundNumber: round).ToListAsync(cancellationToken);
        var proposalIds = proposals.Select(p => p.Id).ToList();
        var panel = challenge.Judges.Where(j => j.RoundNumber == round).Select(j => j.JudgeUserId).ToList();
        var conflicts = (await JudgeAccess.ConflictsAsync(db, challengeId, panel, cancellationToken)).Select(c => new EntryJudge(c.ProposalId, c.JudgeUserId)).ToHashSet();
        var assignments = (await db.EntryAssignments.Where(a => a.ChallengeId == challengeId && a.RoundNumber == round).Select(a => new { a.ProposalId, a.JudgeUserId }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ProposalId, a => a.JudgeUserId);
        var criteria = challenge.CriteriaOf(round);
        var cards = await JudgingQueries.CompleteCardsAsync(db, challengeId, round, criteria, conflicts, cancellationToken);
        var entries = proposalIds.Select(id => new RankingEntry(
            id,
            assignments.Count > 0
                ? assignments[id].ToList()
                : panel.Where(j => !conflicts.Contains(new EntryJudge(id, j))).ToList())).ToList();

        var judgeIds = entries.SelectMany(e => e.AssignedJudgeUserIds).Distinct().ToList();
        var judgeNames = await db.Users.Where(u => judgeIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var byId = proposals.ToDictionary(p => p.Id);
        var rows = RoundRanking.Rank(criteria, entries, cards, basis, disagreementThreshold)
            .Select(r => new RankingRow(
                r.Rank,
                r.ProposalId,
                byId[r.ProposalId].Title,
                byId[r.ProposalId].TeamName,
                r.RawScore,
                r.NormalizedScore,
                r.CardCount,
                r.MissingJudgeUserIds.Select(j => judgeNames.GetValueOrDefault(j, j)).ToList(),
                r.RawSpread,
                r.Disagreement,
                r.TieBrokenBy is { } tie ? new TieBreakNote(tie.CriterionName, byId[tie.PlacedAboveProposalId].Title) : null,
                r.RankShared))
            .ToList();
        return new RankingView(challenge.Id, challenge.Title, challenge.Status, panel.Count, basis, disagreementThreshold, rows, round, JudgingQueries.RoundChoices(challenge));
    }

    /// <summary>
    /// A judge declares a conflict with an entry they were given: it leaves their list in every round and their cards
    /// stop counting.
    /// </summary>
    public async Task<Outcome> DeclareConflictAsync(Actor actor, Guid proposalId, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await AssignedChallengeAsync(db, actor, proposalId, null, cancellationToken) is not { } challenge)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (CheckReason(reason) is { } invalid)
        {
            return Outcome.Refused(invalid);
        }

        var teamId = await db.Proposals.Where(p => p.Id == proposalId).Select(p => p.TeamId).SingleAsync(cancellationToken);
        db.ConflictDeclarations.Add(new ConflictDeclaration { ChallengeId = challenge.Id, JudgeUserId = actor.UserId!, TeamId = teamId, Reason = reason.Trim(), DeclaredAtUtc = UtcNow });
        db.EntryAssignments.RemoveRange(db.EntryAssignments.Where(a => a.ProposalId == proposalId && a.JudgeUserId == actor.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>
    /// A panel judge declares a conflict with an organisation, named in full (English or Chinese): every entry with a
    /// member from it is withheld. Judges type the name rather than pick from a list, so that the platform never shows
    /// a judge which organisations take part.
    /// </summary>
    public async Task<Outcome> DeclareOrganizationConflictAsync(Actor actor, Guid challengeId, string organizationName, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!actor.IsInRole(Roles.Judge) || actor.UserId is null
            || !await db.JudgeAssignments.AnyAsync(j => j.ChallengeId == challengeId && j.JudgeUserId == actor.UserId, cancellationToken))
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (CheckReason(reason) is { } invalid)
        {
            return Outcome.Refused(invalid);
        }

        var name = organizationName.Trim().ToUpperInvariant();
        var organizationId = name.Length == 0
            ? null
            : await db.SolverOrganizations.Where(o => o.Name.ToUpper() == name || o.NameZh == organizationName.Trim()).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (organizationId is null)
        {
            return Outcome.Refused(RuleCodes.ConflictOrganizationUnknown);
        }

        db.ConflictDeclarations.Add(new ConflictDeclaration { ChallengeId = challengeId, JudgeUserId = actor.UserId, OrganizationId = organizationId, OrganizationName = organizationName.Trim(), Reason = reason.Trim(), DeclaredAtUtc = UtcNow });
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
            select new Choice(c.Id, c.Title)).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>The judge's own declarations on a challenge's panel.</summary>
    public async Task<IReadOnlyList<ConflictDeclaration>> MyDeclarationsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return actor.UserId is null
            ? []
            : await db.ConflictDeclarations.AsNoTracking().Where(d => d.JudgeUserId == actor.UserId).OrderByDescending(d => d.DeclaredAtUtc).ToListAsync(cancellationToken);
    }

    /// <summary>The entry's discussion, for its judges (who may open it) and the challenge's organisers; null for anyone else.</summary>
    public async Task<IReadOnlyList<DiscussionView>?> ListDiscussionAsync(Actor actor, Guid proposalId, CancellationToken cancellationToken = default)
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
            select new DiscussionView(m.Id, u.DisplayName, organisers.Contains(u.Id), m.Text, m.PostedAtUtc)).ToListAsync(cancellationToken);
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
        var challenge = await db.Proposals.Where(p => p.Id == proposalId)
            .Join(db.Challenges, p => p.ChallengeId, c => c.Id, (_, c) => new { c.Id, c.Title, c.SubCenterId }).SingleAsync(cancellationToken);
        // Each judge is sent to the card of the latest round in which they may open the entry.
        var judges = new List<(string UserId, int Round)>();
        foreach (var judge in await db.JudgeAssignments.Where(j => j.ChallengeId == challenge.Id && j.JudgeUserId != authorUserId).Select(j => j.JudgeUserId).Distinct().ToListAsync(cancellationToken))
        {
            var rounds = await JudgeAccess.EntriesOpenTo(db, judge, UtcNow).Where(e => e.Proposal.Id == proposalId).Select(e => e.RoundNumber).ToListAsync(cancellationToken);
            if (rounds.Count > 0)
            {
                judges.Add((judge, rounds.Max()));
            }
        }

        foreach (var round in judges.GroupBy(j => j.Round))
        {
            var link = $"/judging/proposals/{proposalId}/rounds/{round.Key}";
            await notifier.AddAsync(db, new NotificationRequest(NotificationKind.PanelDiscussion, challenge.Id, challenge.Title, link, round.Select(j => j.UserId).ToList()), cancellationToken);
        }

        var organisers = (await SubCenterManagers.Of(db, challenge.SubCenterId).ToListAsync(cancellationToken)).Where(u => u != authorUserId).ToList();
        await notifier.AddAsync(db, new NotificationRequest(NotificationKind.PanelDiscussion, challenge.Id, challenge.Title, $"/proposals/{proposalId}", organisers), cancellationToken);
    }

    private async Task<bool> MayDiscussAsync(AppDbContext db, Actor actor, Guid proposalId, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
        {
            return false;
        }

        var entry = await db.Proposals.Where(p => p.Id == proposalId && p.Status == ProposalStatus.Submitted)
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

    private static RuleViolation? CheckReason(string reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ConflictDeclaration.MaxReasonLength
            ? new RuleViolation(RuleCodes.ConflictReasonRequired, ConflictDeclaration.MaxReasonLength)
            : null;

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The entry's challenge when the judge may open the entry in the round (in any round when none is named).</summary>
    private async Task<Challenge?> AssignedChallengeAsync(AppDbContext db, Actor actor, Guid proposalId, int? roundNumber, CancellationToken cancellationToken)
    {
        if (!actor.IsInRole(Roles.Judge) || actor.UserId is null
            || !await (roundNumber is { } round
                ? JudgeAccess.MayOpenAsync(db, actor.UserId, proposalId, round, UtcNow, cancellationToken)
                : JudgeAccess.MayOpenAsync(db, actor.UserId, proposalId, UtcNow, cancellationToken)))
        {
            return null;
        }

        var challengeId = await db.Proposals.Where(p => p.Id == proposalId).Select(p => p.ChallengeId).SingleAsync(cancellationToken);
        return await db.Challenges.AsNoTracking().SingleAsync(c => c.Id == challengeId, cancellationToken);
    }
}
