using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Notifications;

namespace TechChallenge.Infrastructure.Data.Configurations.Notifications;

internal sealed class NotificationOptOutConfiguration : IEntityTypeConfiguration<NotificationOptOut>
{
    public void Configure(EntityTypeBuilder<NotificationOptOut> optOut)
    {
        optOut.HasKey(o => new
        {
            o.UserId,
            o.Kind,
            o.Channel,
        });
        optOut.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        optOut.Property(o => o.Channel).HasConversion<string>().HasMaxLength(20);
        optOut.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
