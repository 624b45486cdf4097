using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Organizations;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> declaration)
    {
        declaration.Property(d => d.JudgeUserId).HasMaxLength(450);
        declaration.Property(d => d.Reason).HasMaxLength(ConflictDeclaration.MaxReasonLength);
        declaration.Property(d => d.OrganizationName).HasMaxLength(SolverOrganization.MaxNameLength);
        declaration.HasIndex(d => new { d.ChallengeId, d.JudgeUserId });
        declaration.HasOne<Challenge>().WithMany().HasForeignKey(d => d.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        declaration.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.JudgeUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
