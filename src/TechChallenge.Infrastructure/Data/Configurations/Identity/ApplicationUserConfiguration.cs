using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.SubCenters;

namespace TechChallenge.Infrastructure.Data.Configurations.Identity;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.PreferredCulture).HasMaxLength(10);
        user.Property(u => u.TimeZoneId).HasMaxLength(64);
        user.HasOne<SubCenter>().WithMany().HasForeignKey(u => u.SubCenterId).OnDelete(DeleteBehavior.Restrict);
        user.HasOne<SolverOrganization>().WithMany().HasForeignKey(u => u.SolverOrganizationId).OnDelete(DeleteBehavior.Restrict);
        user.Property(u => u.OrganizationRole).HasConversion<string>().HasMaxLength(16);
        user.Property(u => u.Bio).HasMaxLength(2000);
    }
}
