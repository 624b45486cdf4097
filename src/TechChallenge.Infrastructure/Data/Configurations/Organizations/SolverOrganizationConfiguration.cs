using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Organizations;

namespace TechChallenge.Infrastructure.Data.Configurations.Organizations;

internal sealed class SolverOrganizationConfiguration : IEntityTypeConfiguration<SolverOrganization>
{
    public void Configure(EntityTypeBuilder<SolverOrganization> org)
    {
        org.Property(o => o.Name).HasMaxLength(200);
        org.Property(o => o.NameZh).HasMaxLength(200);
        org.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        org.Property(o => o.EmailDomain).HasMaxLength(253);
        org.Property(o => o.Verification).HasConversion<string>().HasMaxLength(20);
        org.Property(o => o.ReviewNote).HasMaxLength(1000);
        org.Property(o => o.DomainProofEmail).HasMaxLength(256);
        org.Property(o => o.DomainProofTokenHash).HasMaxLength(64);
        org.Ignore(o => o.IsVerified);
    }
}
