using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class ChallengeRevisionConfiguration : IEntityTypeConfiguration<ChallengeRevision>
{
    public void Configure(EntityTypeBuilder<ChallengeRevision> revision)
    {
        revision.Property(r => r.EditedByUserId).HasMaxLength(450);
        revision.Property(r => r.ChangedParts).HasMaxLength(500);
        revision.Property(r => r.Note).HasMaxLength(2000);
        revision.Ignore(r => r.Parts);
        revision.HasIndex(r => new { r.ChallengeId, r.Number }).IsUnique();
    }
}
