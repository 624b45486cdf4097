using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Notifications;

namespace TechChallenge.Infrastructure.Data.Configurations.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        message.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.ToAddress).HasMaxLength(256);
        message.Property(m => m.Culture).HasMaxLength(10);
        message.Property(m => m.Subject).HasMaxLength(500);
        message.Property(m => m.Body).HasMaxLength(AppDbContext.MaxLongText);
        message.Property(m => m.UnsubscribeUrl).HasMaxLength(1000);
        message.Property(m => m.LastError).HasMaxLength(1000);
        // The delivery job's question: what is pending and due?
        message.HasIndex(m => new { m.State, m.NextAttemptAtUtc });
        message.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
