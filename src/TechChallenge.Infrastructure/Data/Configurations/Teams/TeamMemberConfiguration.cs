using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.Teams;

namespace TechChallenge.Infrastructure.Data.Configurations.Teams;

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> member)
    {
        member.HasKey(m => new { m.TeamId, m.UserId });
        member.Property(m => m.UserId).HasMaxLength(450);
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        // One team per solver and challenge, held by the database when two joins race.
        member.HasIndex(m => new { m.ChallengeId, m.UserId }).IsUnique();
        member.HasIndex(m => m.UserId);
        member.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        member.HasOne<SolverOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.SetNull);
    }
}
