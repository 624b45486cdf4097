using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.SubCenters;

namespace TechChallenge.Infrastructure.Data.Configurations.SubCenters;

internal sealed class SubCenterInvitationConfiguration : IEntityTypeConfiguration<SubCenterInvitation>
{
    public void Configure(EntityTypeBuilder<SubCenterInvitation> invitation)
    {
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.Property(i => i.InvitedByUserId).HasMaxLength(450);
        invitation.Property(i => i.AcceptedByUserId).HasMaxLength(450);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasOne<SubCenter>().WithMany().HasForeignKey(i => i.SubCenterId).OnDelete(DeleteBehavior.Cascade);
    }
}
