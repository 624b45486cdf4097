using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class ScoreCorrectionConfiguration : IEntityTypeConfiguration<ScoreCorrection>
{
    public void Configure(EntityTypeBuilder<ScoreCorrection> correction)
    {
        correction.Property(c => c.ByUserId).HasMaxLength(450);
        correction.HasIndex(c => c.AppealId);
        correction.HasOne<Appeal>().WithMany().HasForeignKey(c => c.AppealId).OnDelete(DeleteBehavior.Cascade);
    }
}
