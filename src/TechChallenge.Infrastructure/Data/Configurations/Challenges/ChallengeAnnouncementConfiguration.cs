using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class ChallengeAnnouncementConfiguration : IEntityTypeConfiguration<ChallengeAnnouncement>
{
    public void Configure(EntityTypeBuilder<ChallengeAnnouncement> announcement)
    {
        announcement.Property(a => a.Title).HasMaxLength(200);
        announcement.Property(a => a.Body).HasMaxLength(AppDbContext.MaxLongText);
        announcement.Property(a => a.PostedByUserId).HasMaxLength(450);
        announcement.HasIndex(a => new { a.ChallengeId, a.PostedAtUtc });
        announcement.HasOne<Challenge>().WithMany().HasForeignKey(a => a.ChallengeId).OnDelete(DeleteBehavior.Cascade);
    }
}
