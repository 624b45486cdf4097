using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class ChallengeRegistrationConfiguration : IEntityTypeConfiguration<ChallengeRegistration>
{
    public void Configure(EntityTypeBuilder<ChallengeRegistration> registration)
    {
        registration.HasKey(r => new { r.ChallengeId, r.UserId });
        registration.HasIndex(r => r.UserId);
        registration.HasOne<Challenge>().WithMany().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        registration.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
