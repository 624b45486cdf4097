using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class JudgeAssignmentConfiguration : IEntityTypeConfiguration<JudgeAssignment>
{
    public void Configure(EntityTypeBuilder<JudgeAssignment> assignment)
    {
        assignment.HasKey(a => new
        {
            a.ChallengeId,
            a.RoundNumber,
            a.JudgeUserId,
        });
        assignment.HasIndex(a => a.JudgeUserId);
        assignment.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.JudgeUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
