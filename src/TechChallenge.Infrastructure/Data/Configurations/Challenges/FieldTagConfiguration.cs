using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class FieldTagConfiguration : IEntityTypeConfiguration<FieldTag>
{
    public void Configure(EntityTypeBuilder<FieldTag> tag)
    {
        tag.Property(t => t.Code).HasMaxLength(64);
        tag.Property(t => t.Name).HasMaxLength(100);
        tag.Property(t => t.NameZh).HasMaxLength(100);
        tag.HasIndex(t => t.Code).IsUnique();
    }
}
