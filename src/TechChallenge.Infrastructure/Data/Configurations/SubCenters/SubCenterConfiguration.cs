using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Regions;
using TechChallenge.Domain.SubCenters;

namespace TechChallenge.Infrastructure.Data.Configurations.SubCenters;

internal sealed class SubCenterConfiguration : IEntityTypeConfiguration<SubCenter>
{
    public void Configure(EntityTypeBuilder<SubCenter> sub)
    {
        sub.Property(s => s.Name).HasMaxLength(200);
        sub.Property(s => s.NameZh).HasMaxLength(200);
        sub.Property(s => s.RegionCode).HasConversion<RegionCodeConverter>().HasMaxLength(RegionCodeConverter.Length).IsFixedLength();
        sub.Property(s => s.LegacyRegion).HasMaxLength(100);
        sub.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
