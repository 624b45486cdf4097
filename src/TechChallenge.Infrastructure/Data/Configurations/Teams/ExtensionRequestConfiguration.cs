using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Teams;

namespace TechChallenge.Infrastructure.Data.Configurations.Teams;

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> request)
    {
        request.Property(r => r.Reason).HasMaxLength(DeadlineExtension.MaxReasonLength);
        request.Property(r => r.DecisionNote).HasMaxLength(DeadlineExtension.MaxReasonLength);
        request.Property(r => r.RequestedByUserId).HasMaxLength(450);
        request.Property(r => r.DecidedByUserId).HasMaxLength(450);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        request.HasIndex(r => new { r.ChallengeId, r.Status });
        request.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
