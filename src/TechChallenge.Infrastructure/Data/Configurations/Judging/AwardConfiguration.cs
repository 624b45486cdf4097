using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> award)
    {
        award.Property(a => a.Title).HasMaxLength(Award.MaxTitleLength);
        award.Property(a => a.Amount).HasPrecision(18, 2);
        award.HasIndex(a => new { a.ChallengeId, a.ProposalId }).IsUnique();
        award.HasOne<Challenge>().WithMany().HasForeignKey(a => a.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        award.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }
}
