using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Notifications;

namespace TechChallenge.Infrastructure.Data.Configurations.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        notification.Property(n => n.Subject).HasMaxLength(400);
        notification.Property(n => n.Link).HasMaxLength(400);
        // The bell counts a user's unread ones; the list shows a user's newest.
        notification.HasIndex(n => new { n.UserId, n.ReadAtUtc });
        notification.HasIndex(n => new { n.UserId, n.CreatedAtUtc });
        notification.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
