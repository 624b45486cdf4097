using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class JudgeInvitationConfiguration : IEntityTypeConfiguration<JudgeInvitation>
{
    public void Configure(EntityTypeBuilder<JudgeInvitation> invitation)
    {
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.Property(i => i.InvitedByUserId).HasMaxLength(450);
        invitation.Property(i => i.AcceptedByUserId).HasMaxLength(450);
        invitation.Property(i => i.DeclineReason).HasMaxLength(JudgeInvitation.MaxReasonLength);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => new { i.ChallengeId, i.Email });
        invitation.HasOne<Challenge>().WithMany().HasForeignKey(i => i.ChallengeId).OnDelete(DeleteBehavior.Cascade);
    }
}
