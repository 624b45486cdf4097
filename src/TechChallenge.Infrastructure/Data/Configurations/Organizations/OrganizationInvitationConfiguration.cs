using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Organizations;

namespace TechChallenge.Infrastructure.Data.Configurations.Organizations;

internal sealed class OrganizationInvitationConfiguration : IEntityTypeConfiguration<OrganizationInvitation>
{
    public void Configure(EntityTypeBuilder<OrganizationInvitation> invitation)
    {
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.Property(i => i.InvitedByUserId).HasMaxLength(450);
        invitation.Property(i => i.AcceptedByUserId).HasMaxLength(450);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasOne<SolverOrganization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
