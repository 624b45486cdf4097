using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Regions;

namespace TechChallenge.Infrastructure.Data.Configurations.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> region)
    {
        region.HasKey(r => r.Code);
        region.Property(r => r.Code).HasConversion<RegionCodeConverter>().HasMaxLength(RegionCodeConverter.Length).IsFixedLength();
        region.Property(r => r.ParentCode).HasConversion<RegionCodeConverter>().HasMaxLength(RegionCodeConverter.Length).IsFixedLength();
        region.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        region.Property(r => r.NameZh).HasMaxLength(100);
        region.Property(r => r.NameEn).HasMaxLength(100);
        region.HasIndex(r => r.ParentCode);
    }
}
