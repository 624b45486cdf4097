using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Identity;

internal sealed class UserExpertiseConfiguration : IEntityTypeConfiguration<UserExpertise>
{
    public void Configure(EntityTypeBuilder<UserExpertise> expertise)
    {
        expertise.HasKey(e => new { e.UserId, e.FieldTagId });
        expertise.HasIndex(e => e.FieldTagId);
        expertise.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        expertise.HasOne<FieldTag>().WithMany().HasForeignKey(e => e.FieldTagId).OnDelete(DeleteBehavior.Cascade);
    }
}
