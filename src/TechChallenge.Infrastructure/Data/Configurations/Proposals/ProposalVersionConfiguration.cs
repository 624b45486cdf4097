using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Proposals;

namespace TechChallenge.Infrastructure.Data.Configurations.Proposals;

internal sealed class ProposalVersionConfiguration : IEntityTypeConfiguration<ProposalVersion>
{
    public void Configure(EntityTypeBuilder<ProposalVersion> version)
    {
        version.Property(v => v.Title).HasMaxLength(200);
        version.Property(v => v.ContentSha256).HasMaxLength(64);
        version
            .Property(v => v.Sections)
            .HasConversion(JsonColumn<IReadOnlyList<SectionAnswer>>.Converter, JsonColumn<IReadOnlyList<SectionAnswer>>.Comparer);
        version
            .Property(v => v.Files)
            .HasConversion(JsonColumn<IReadOnlyList<VersionFile>>.Converter, JsonColumn<IReadOnlyList<VersionFile>>.Comparer);
        // Numbers are per proposal and never reused, even by two submissions racing each other.
        version.HasIndex(v => new { v.ProposalId, v.Number }).IsUnique();
        version.HasIndex(v => v.ContentSha256);
    }
}
