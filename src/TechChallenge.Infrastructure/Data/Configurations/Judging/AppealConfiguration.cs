using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> appeal)
    {
        appeal.Property(a => a.FiledByUserId).HasMaxLength(450);
        appeal.Property(a => a.AnsweredByUserId).HasMaxLength(450);
        appeal.Property(a => a.Reason).HasMaxLength(Appeal.MaxTextLength);
        appeal.Property(a => a.Response).HasMaxLength(Appeal.MaxTextLength);
        appeal.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        appeal.HasIndex(a => a.ChallengeId);
        appeal.HasIndex(a => a.ProposalId);
        appeal.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }
}
