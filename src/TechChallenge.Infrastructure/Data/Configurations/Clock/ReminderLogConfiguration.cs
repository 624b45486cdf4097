using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Clock;

internal sealed class ReminderLogConfiguration : IEntityTypeConfiguration<ReminderLog>
{
    public void Configure(EntityTypeBuilder<ReminderLog> log)
    {
        // The key is the rule: one reminder per person, per offset, per deadline.
        log.HasKey(l => new
        {
            l.ChallengeId,
            l.Round,
            l.Audience,
            l.OffsetMinutes,
            l.UserId,
        });
        log.Property(l => l.Audience).HasConversion<string>().HasMaxLength(16);
        log.Property(l => l.UserId).HasMaxLength(450);
        log.HasOne<Challenge>().WithMany().HasForeignKey(l => l.ChallengeId).OnDelete(DeleteBehavior.Cascade);
    }
}
