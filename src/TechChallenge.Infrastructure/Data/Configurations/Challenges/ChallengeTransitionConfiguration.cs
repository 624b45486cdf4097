using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class ChallengeTransitionConfiguration : IEntityTypeConfiguration<ChallengeTransition>
{
    public void Configure(EntityTypeBuilder<ChallengeTransition> transition)
    {
        transition.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
        transition.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
        transition.Property(t => t.Trigger).HasConversion<string>().HasMaxLength(32);
        transition.Property(t => t.ActorUserId).HasMaxLength(450);
        transition.Property(t => t.Reason).HasMaxLength(1000);
    }
}
