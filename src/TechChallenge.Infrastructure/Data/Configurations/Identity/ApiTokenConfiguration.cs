using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Data.Configurations.Identity;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.Property(t => t.UserId).HasMaxLength(450);
        token.Property(t => t.Name).HasMaxLength(100);
        token.Property(t => t.TokenSha256).HasMaxLength(64);
        token.HasIndex(t => t.TokenSha256).IsUnique();
        token.HasIndex(t => t.UserId);
        token.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
