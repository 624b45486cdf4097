using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class ChallengeFollowConfiguration : IEntityTypeConfiguration<ChallengeFollow>
{
    public void Configure(EntityTypeBuilder<ChallengeFollow> follow)
    {
        follow.HasKey(f => new { f.ChallengeId, f.UserId });
        follow.HasIndex(f => f.UserId);
        follow.HasOne<Challenge>().WithMany().HasForeignKey(f => f.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        follow.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
