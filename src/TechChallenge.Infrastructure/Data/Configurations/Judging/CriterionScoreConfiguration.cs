using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> score)
    {
        score.HasKey(s => new { s.ScorecardId, s.CriterionId });
        score.Property(s => s.CommentToSolver).HasMaxLength(Scorecard.MaxCommentLength);
        score.HasOne<ScoringCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
