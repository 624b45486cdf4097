using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Teams;

namespace TechChallenge.Infrastructure.Data.Configurations.Teams;

internal sealed class DeadlineExtensionConfiguration : IEntityTypeConfiguration<DeadlineExtension>
{
    public void Configure(EntityTypeBuilder<DeadlineExtension> extension)
    {
        extension.Property(e => e.Reason).HasMaxLength(DeadlineExtension.MaxReasonLength);
        extension.Property(e => e.GrantedByUserId).HasMaxLength(450);
        extension.HasIndex(e => new { e.ChallengeId, e.TeamId });
        extension.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
