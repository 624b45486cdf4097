using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class EntryAssignmentConfiguration : IEntityTypeConfiguration<EntryAssignment>
{
    public void Configure(EntityTypeBuilder<EntryAssignment> assignment)
    {
        assignment.HasKey(a => new
        {
            a.ProposalId,
            a.RoundNumber,
            a.JudgeUserId,
        });
        assignment.Property(a => a.JudgeUserId).HasMaxLength(450);
        assignment.HasIndex(a => new
        {
            a.ChallengeId,
            a.RoundNumber,
            a.JudgeUserId,
        });
        assignment.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        assignment.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.JudgeUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
