using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class ChallengeRoundConfiguration : IEntityTypeConfiguration<ChallengeRound>
{
    public void Configure(EntityTypeBuilder<ChallengeRound> round)
    {
        round.Property(r => r.Name).HasMaxLength(100);
        round.Property(r => r.ReachedMilestone).HasConversion<string>().HasMaxLength(32);
        round.HasIndex(r => new { r.ChallengeId, r.Number }).IsUnique();
    }
}
