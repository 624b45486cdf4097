using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Proposals;

namespace TechChallenge.Infrastructure.Data.Configurations.Proposals;

internal sealed class ProposalAttachmentConfiguration : IEntityTypeConfiguration<ProposalAttachment>
{
    public void Configure(EntityTypeBuilder<ProposalAttachment> attachment)
    {
        attachment.Property(a => a.FileName).HasMaxLength(255);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.Property(a => a.StorageKey).HasMaxLength(100);
        attachment.HasIndex(a => a.Sha256);
    }
}
