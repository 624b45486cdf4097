using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;

namespace TechChallenge.Infrastructure.Data.Configurations.Challenges;

internal sealed class ChallengeQuestionConfiguration : IEntityTypeConfiguration<ChallengeQuestion>
{
    public void Configure(EntityTypeBuilder<ChallengeQuestion> question)
    {
        question.Property(q => q.AskedByUserId).HasMaxLength(450);
        question.Property(q => q.Text).HasMaxLength(4000);
        question.Property(q => q.Answer).HasMaxLength(4000);
        question.Property(q => q.AnsweredByUserId).HasMaxLength(450);
        question.Property(q => q.Visibility).HasConversion<string>().HasMaxLength(16);
        question.HasIndex(q => new { q.ChallengeId, q.AskedAtUtc });
        question.HasOne<Challenge>().WithMany().HasForeignKey(q => q.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        question.HasOne<ApplicationUser>().WithMany().HasForeignKey(q => q.AskedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
