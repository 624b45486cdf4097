using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Regions;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>The challenge projections the catalog, the detail page and the organisers' lists share.</summary>
internal static class ChallengeQueries
{
    /// <summary>Challenges as list rows; the enterprise of a confidential one only when <paramref name="revealEnterprise"/>.</summary>
    public static IQueryable<ChallengeSummary> Summaries(AppDbContext db, IQueryable<Challenge> challenges, bool revealEnterprise) =>
        from c in challenges
        join s in db.SubCenters on c.SubCenterId equals s.Id
        select new ChallengeSummary(
            c.Id,
            c.Title,
            c.Summary,
            s.Name,
            s.NameZh,
            revealEnterprise || !c.Enterprise.Confidential ? c.Enterprise.Name : null,
            RegionDirectory.Label(c.RegionCode, c.LegacyRegion),
            c.Type,
            c.AwardAmount,
            c.AwardCurrency,
            c.AwardDescription,
            c.Status,
            c.SubmissionDeadlineUtc,
            c.PublishedAtUtc,
            c.IsConfidential,
            c.CoverImageId,
            db.Proposals.Count(p => p.ChallengeId == c.Id && p.Status == ProposalStatus.Submitted)
        );

    /// <summary>A challenge's files other than its cover image, in upload order.</summary>
    public static Task<List<FileView>> AttachmentsAsync(AppDbContext db, Guid challengeId, CancellationToken cancellationToken) =>
        db
            .ChallengeAttachments.Where(a => a.ChallengeId == challengeId && !a.IsCoverImage)
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new FileView(a.Id, a.FileName, a.SizeBytes, a.Sha256))
            .ToListAsync(cancellationToken);
}
