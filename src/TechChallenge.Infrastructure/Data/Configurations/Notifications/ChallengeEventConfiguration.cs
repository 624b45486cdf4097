using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Notifications;

internal sealed class ChallengeEventConfiguration : IEntityTypeConfiguration<ChallengeEvent>
{
    public void Configure(EntityTypeBuilder<ChallengeEvent> challengeEvent)
    {
        challengeEvent.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        challengeEvent.Property(e => e.RecipientUserId).HasMaxLength(450);
        challengeEvent.HasIndex(e => e.DispatchedAtUtc);
        challengeEvent.HasOne<Challenge>().WithMany().HasForeignKey(e => e.ChallengeId).OnDelete(DeleteBehavior.Cascade);
    }
}
