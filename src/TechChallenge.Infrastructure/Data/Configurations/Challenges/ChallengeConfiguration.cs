using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Regions;
using TechChallenge.Domain.SubCenters;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> challenge)
    {
        challenge.Property(c => c.Title).HasMaxLength(200);
        challenge.Property(c => c.Summary).HasMaxLength(1000);
        challenge.Property(c => c.Statement).HasMaxLength(AppDbContext.MaxLongText);
        challenge.Property(c => c.TechnicalRequirements).HasMaxLength(AppDbContext.MaxLongText);
        challenge.Property(c => c.Deliverables).HasMaxLength(AppDbContext.MaxLongText);
        challenge.Property(c => c.Type).HasConversion<string>().HasMaxLength(32);
        challenge.Property(c => c.AwardCurrency).HasMaxLength(3);
        challenge.Property(c => c.AwardDescription).HasMaxLength(500);
        challenge.Property(c => c.IpTerms).HasMaxLength(AppDbContext.MaxLongText);
        challenge.Property(c => c.RegionCode).HasConversion<RegionCodeConverter>().HasMaxLength(RegionCodeConverter.Length).IsFixedLength();
        // The column that held the free-text region before the region list (the AddRegions migration renamed it).
        challenge.Property(c => c.LegacyRegion).HasMaxLength(100);
        challenge.Property(c => c.ConfidentialityTerms).HasMaxLength(AppDbContext.MaxLongText);
        // The editor's value objects are stored as columns of the challenge's row, named as they always were.
        challenge.ComplexProperty(
            c => c.Enterprise,
            enterprise =>
            {
                enterprise.Property(e => e.Name).HasColumnName("EnterpriseName").HasMaxLength(200);
                enterprise.Property(e => e.Industry).HasColumnName("EnterpriseIndustry").HasMaxLength(100);
                enterprise.Property(e => e.Region).HasColumnName("EnterpriseRegion").HasMaxLength(100);
                enterprise.Property(e => e.Confidential).HasColumnName("EnterpriseConfidential");
            }
        );
        challenge.ComplexProperty(
            c => c.Contact,
            contact =>
            {
                contact.Property(e => e.Name).HasColumnName("ContactName").HasMaxLength(100);
                contact.Property(e => e.Email).HasColumnName("ContactEmail").HasMaxLength(256);
                contact.Property(e => e.Phone).HasColumnName("ContactPhone").HasMaxLength(50);
            }
        );
        challenge.ComplexProperty(
            c => c.Files,
            files =>
            {
                files.Property(f => f.MaxFileMegabytes).HasColumnName("FileMaxMegabytes");
                files.Property(f => f.MaxTotalMegabytes).HasColumnName("FileTotalMegabytes");
                files.Property(f => f.AllowedTypes).HasColumnName("FileTypes");
            }
        );
        challenge.Property(c => c.CreatedByUserId).HasMaxLength(450);
        challenge.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        challenge.Property(c => c.Version).IsConcurrencyToken();
        challenge.Ignore(c => c.DomainEvents);
        challenge.HasIndex(c => c.Status);
        challenge.HasIndex(c => new { c.SubCenterId, c.Status });
        challenge.HasIndex(c => c.PublishedAtUtc);
        challenge.HasIndex(c => c.SubmissionDeadlineUtc);
        challenge.HasIndex(c => c.AwardAmount);
        challenge.HasIndex(c => c.RegionCode);
        challenge.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionCode).OnDelete(DeleteBehavior.Restrict);
        challenge.HasOne<SubCenter>().WithMany().HasForeignKey(c => c.SubCenterId).OnDelete(DeleteBehavior.Restrict);
        challenge.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        challenge.HasMany(c => c.Rounds).WithOne().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        challenge.HasMany(c => c.Transitions).WithOne().HasForeignKey(t => t.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        challenge.HasMany(c => c.Revisions).WithOne().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        challenge.HasMany(c => c.Judges).WithOne().HasForeignKey(j => j.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        challenge.HasMany(c => c.Fields).WithMany().UsingEntity("ChallengeFields");
        challenge.Navigation(c => c.Criteria).AutoInclude();
        challenge.Navigation(c => c.Rounds).AutoInclude();
        challenge.Navigation(c => c.Fields).AutoInclude();
    }
}
