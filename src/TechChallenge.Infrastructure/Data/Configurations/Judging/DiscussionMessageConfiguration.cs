using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Proposals;

namespace TechChallenge.Infrastructure.Data.Configurations.Judging;

internal sealed class DiscussionMessageConfiguration : IEntityTypeConfiguration<DiscussionMessage>
{
    public void Configure(EntityTypeBuilder<DiscussionMessage> message)
    {
        message.Property(m => m.AuthorUserId).HasMaxLength(450);
        message.Property(m => m.Text).HasMaxLength(DiscussionMessage.MaxTextLength);
        message.HasIndex(m => new { m.ProposalId, m.PostedAtUtc });
        message.HasOne<Proposal>().WithMany().HasForeignKey(m => m.ProposalId).OnDelete(DeleteBehavior.Cascade);
        message.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
