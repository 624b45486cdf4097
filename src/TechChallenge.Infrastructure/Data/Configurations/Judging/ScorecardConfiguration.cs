using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> card)
    {
        card.Property(c => c.JudgeUserId).HasMaxLength(450);
        card.Property(c => c.Comment).HasMaxLength(4000);
        card.Property(c => c.Recommendation).HasConversion<string>().HasMaxLength(24);
        card.HasIndex(c => new
            {
                c.ProposalId,
                c.JudgeUserId,
                c.RoundNumber,
            })
            .IsUnique();
        card.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        card.HasMany(c => c.Scores).WithOne().HasForeignKey(s => s.ScorecardId).OnDelete(DeleteBehavior.Cascade);
    }
}
