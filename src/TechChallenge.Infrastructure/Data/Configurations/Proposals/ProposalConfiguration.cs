using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Teams;

namespace TechChallenge.Infrastructure.Data.Configurations.Proposals;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> proposal)
    {
        proposal.Property(p => p.Title).HasMaxLength(200);
        proposal.Property(p => p.StartedByUserId).HasMaxLength(450);
        proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        proposal
            .Property(p => p.Sections)
            .HasConversion(JsonColumn<IReadOnlyList<SectionAnswer>>.Converter, JsonColumn<IReadOnlyList<SectionAnswer>>.Comparer);
        // Two saves or submissions from the same revision: the second one finds the row changed and is refused.
        proposal.Property(p => p.Revision).IsConcurrencyToken();
        // One proposal per team: two clicks or two tabs cannot create two.
        proposal.HasIndex(p => p.TeamId).IsUnique();
        proposal.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        proposal.HasIndex(p => new { p.ChallengeId, p.Status });
        proposal.HasOne<Challenge>().WithMany().HasForeignKey(p => p.ChallengeId).OnDelete(DeleteBehavior.Restrict);
        proposal.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.StartedByUserId).OnDelete(DeleteBehavior.Restrict);
        proposal.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        proposal.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProposalId).OnDelete(DeleteBehavior.Cascade);
        proposal.Ignore(p => p.DraftAttachments);
        proposal.Ignore(p => p.LatestVersion);
        proposal.Ignore(p => p.HasUnsubmittedChanges);
    }
}
