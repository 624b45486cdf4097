using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class RoundEntryConfiguration : IEntityTypeConfiguration<RoundEntry>
{
    public void Configure(EntityTypeBuilder<RoundEntry> entry)
    {
        entry.HasKey(e => new
        {
            e.ChallengeId,
            e.RoundNumber,
            e.ProposalId,
        });
        entry.Property(e => e.AdvancedByUserId).HasMaxLength(450);
        entry.HasOne<Proposal>().WithMany().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }
}
