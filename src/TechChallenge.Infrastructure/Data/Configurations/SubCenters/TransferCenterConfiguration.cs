using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.SubCenters;

namespace TechChallenge.Infrastructure.Data.Configurations.SubCenters;

internal sealed class TransferCenterConfiguration : IEntityTypeConfiguration<TransferCenter>
{
    public void Configure(EntityTypeBuilder<TransferCenter> center)
    {
        center.Property(c => c.Name).HasMaxLength(200);
        center.Property(c => c.NameZh).HasMaxLength(200);
        center.HasMany(c => c.SubCenters).WithOne(s => s.TransferCenter).HasForeignKey(s => s.TransferCenterId);
    }
}
