using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Regions;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Regions;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>Challenges as the public browses them: the catalog's search and filters, and a challenge's own page.</summary>
public sealed class ChallengeCatalog(
    IDbContextFactory<AppDbContext> dbFactory,
    CatalogFacetsCache facetsCache,
    RegionDirectory regions,
    TimeProvider clock
)
{
    private const string LikeEscape = "\\";

    /// <summary>The public catalog: published challenges matching every given filter, one page of them.</summary>
    public async Task<CatalogPage> SearchCatalogAsync(CatalogQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenges = db.Challenges.AsNoTracking().IgnoreAutoIncludes().Where(c => ChallengeLifecycle.PublicStatuses.Contains(c.Status));
        foreach (var term in SearchTerms(query.Text))
        {
            var pattern = $"%{EscapeLike(term)}%";
            // A term also finds the challenges in the regions named by it, in either language (遵义, zunyi).
            var inNamedRegions = regions.NamedBy(term);
            challenges =
                inNamedRegions.Count == 0
                    ? challenges.Where(c => EF.Functions.Like(c.SearchText, pattern, LikeEscape))
                    : challenges.Where(c =>
                        EF.Functions.Like(c.SearchText, pattern, LikeEscape)
                        || (c.RegionCode != null && inNamedRegions.Contains(c.RegionCode))
                    );
        }

        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            challenges = challenges.Where(c => c.Fields.Any(f => f.Code == query.Field));
        }

        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            // A region names itself and every division within it: a city's filter shows its districts' challenges.
            IReadOnlyList<RegionCode> within = regions.Resolve(query.Region) is { } region ? regions.Within(region) : [];
            challenges = challenges.Where(c => c.RegionCode != null && within.Contains(c.RegionCode));
        }

        if (query.SubCenterId is { } subCenterId)
        {
            challenges = challenges.Where(c => c.SubCenterId == subCenterId);
        }

        if (query.Type is { } type)
        {
            challenges = challenges.Where(c => c.Type == type);
        }

        if (query.Status is { } status)
        {
            challenges = challenges.Where(c => c.Status == status);
        }

        if (query.MinAward is { } min)
        {
            challenges = challenges.Where(c => c.AwardAmount >= min);
        }

        if (query.MaxAward is { } max)
        {
            challenges = challenges.Where(c => c.AwardAmount <= max);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        challenges = query.Sort switch
        {
            // Open calls first, the nearest deadline first among them.
            CatalogSort.DeadlineSoonest => challenges
                .OrderBy(c => c.SubmissionDeadlineUtc > now ? 0 : 1)
                .ThenBy(c => c.SubmissionDeadlineUtc)
                .ThenBy(c => c.Id),
            CatalogSort.Award => challenges
                .OrderBy(c => c.AwardAmount == null ? 1 : 0)
                .ThenByDescending(c => c.AwardAmount)
                .ThenBy(c => c.Id),
            _ => challenges.OrderByDescending(c => c.PublishedAtUtc).ThenBy(c => c.Id),
        };

        var total = await challenges.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + CatalogQuery.PageSize - 1) / CatalogQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var pageOfChallenges = challenges.Skip((page - 1) * CatalogQuery.PageSize).Take(CatalogQuery.PageSize);
        var items = await ChallengeQueries.Summaries(db, pageOfChallenges, revealEnterprise: false).ToListAsync(cancellationToken);
        return new CatalogPage(items, total, page, pageCount);
    }

    /// <summary>The values the catalog's filters offer.</summary>
    public Task<CatalogFacets> CatalogFacetsAsync(CancellationToken cancellationToken = default) =>
        facetsCache.GetOrLoadAsync(LoadCatalogFacetsAsync, cancellationToken);

    /// <summary>A challenge as this viewer may see it; null when it does not exist or is not theirs to see.</summary>
    public async Task<ChallengeDetails?> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var challenge = await db
            .Challenges.AsNoTracking()
            .AsSplitQuery()
            .Include(c => c.Transitions)
            .Include(c => c.Revisions)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null || !ChallengeAccess.CanSee(actor, challenge))
        {
            return null;
        }

        var viewer = await ChallengeAccess.ViewerAsync(db, actor, challenge, cancellationToken);
        var summary = await ChallengeQueries
            .Summaries(db, db.Challenges.Where(c => c.Id == id), revealEnterprise: viewer.CanManage)
            .SingleAsync(cancellationToken);
        var statistics = new ChallengeStatistics(
            await db.ChallengeFollows.CountAsync(f => f.ChallengeId == id, cancellationToken),
            await db.ChallengeRegistrations.CountAsync(r => r.ChallengeId == id, cancellationToken),
            await db.Proposals.CountAsync(p => p.ChallengeId == id && p.Status == ProposalStatus.Submitted, cancellationToken)
        );
        var attachments = viewer.CanSeeDetails ? await ChallengeQueries.AttachmentsAsync(db, id, cancellationToken) : [];
        var details = viewer.CanSeeDetails;
        var revealEnterprise = viewer.CanManage || !challenge.Enterprise.Confidential;
        return new ChallengeDetails(
            summary,
            challenge.SubCenterId,
            details ? challenge.Statement : "",
            details ? challenge.TechnicalRequirements : "",
            details ? challenge.Deliverables : "",
            challenge.IpTerms,
            challenge.ConfidentialityTerms,
            revealEnterprise ? challenge.Enterprise.Industry : null,
            revealEnterprise ? challenge.Enterprise.Region : null,
            details ? challenge.Contact : null,
            challenge.Fields.OrderBy(f => f.Code).Select(f => new FieldTagView(f.Id, f.Code, f.Name, f.NameZh)).ToList(),
            CriterionView.Of(challenge.Criteria),
            challenge.Content.Rounds,
            attachments,
            challenge
                .Transitions
                // Review comments are between the sub-center and the reviewers.
                .Where(t => viewer.CanManage || ChallengeLifecycle.IsPublic(t.To) || t.To == ChallengeStatus.Cancelled)
                .OrderBy(t => t.AtUtc)
                .ThenBy(t => t.To)
                .Select(t => new TransitionView(t.From, t.To, t.Trigger, t.AtUtc, t.Reason))
                .ToList(),
            challenge
                .Revisions.Where(r => viewer.CanManage || r.IsMaterial)
                .OrderByDescending(r => r.Number)
                .Select(r => new RevisionView(r.Number, r.AtUtc, r.Parts, r.IsMaterial, r.Note, r.PreviousDeadlineUtc, r.NewDeadlineUtc))
                .ToList(),
            statistics,
            viewer,
            challenge.RevisionNumber
        );
    }

    private async Task<CatalogFacets> LoadCatalogFacetsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var fields = await db
            .FieldTags.AsNoTracking()
            .OrderBy(f => f.Code)
            .Select(f => new FieldTagView(f.Id, f.Code, f.Name, f.NameZh))
            .ToListAsync(cancellationToken);
        var used = await db
            .Challenges.Where(c => ChallengeLifecycle.PublicStatuses.Contains(c.Status) && c.RegionCode != null)
            .Select(c => c.RegionCode!)
            .Distinct()
            .ToListAsync(cancellationToken);
        var choices = used.SelectMany(code => regions.PathOf(code.Value))
            .DistinctBy(r => r.Code)
            .OrderBy(r => r.Code, StringComparer.Ordinal);
        var subCenters = await db
            .SubCenters.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new SubCenterOption(s.Id, s.Name, s.NameZh))
            .ToListAsync(cancellationToken);
        return new CatalogFacets(fields, [.. used.Select(code => code.Value).Order(StringComparer.Ordinal)], subCenters)
        {
            RegionChoices = [.. choices],
        };
    }

    private static IEnumerable<string> SearchTerms(string? text) =>
        (text ?? "")
            .ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct()
            .Take(8);

    /// <summary>Makes % and _ typed by a user match themselves.</summary>
    private static string EscapeLike(string term) =>
        term.Replace(LikeEscape, LikeEscape + LikeEscape).Replace("%", LikeEscape + "%").Replace("_", LikeEscape + "_");
}
