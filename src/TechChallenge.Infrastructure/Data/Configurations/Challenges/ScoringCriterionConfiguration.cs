using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class ScoringCriterionConfiguration : IEntityTypeConfiguration<ScoringCriterion>
{
    public void Configure(EntityTypeBuilder<ScoringCriterion> criterion)
    {
        criterion.Property(c => c.Name).HasMaxLength(200);
        criterion.Property(c => c.Description).HasMaxLength(2000);
        criterion.Property(c => c.Anchors).HasMaxLength(ScoringCriterion.MaxAnchorsLength);
    }
}
