using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Infrastructure.Clock;

namespace TechChallenge.Infrastructure.Data.Configurations.Clock;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> run)
    {
        run.Property(r => r.JobName).HasMaxLength(200);
        run.Property(r => r.JobGroup).HasMaxLength(200);
        run.Property(r => r.TriggerName).HasMaxLength(200);
        run.Property(r => r.TriggerGroup).HasMaxLength(200);
        run.Property(r => r.InstanceId).HasMaxLength(200);
        run.Property(r => r.Result).HasMaxLength(JobRun.MaxResultLength);
        run.Property(r => r.Error).HasMaxLength(JobRun.MaxErrorLength);
        run.Property(r => r.JobDataJson).HasMaxLength(4000);
        run.HasIndex(r => r.FinishedUtc);
        run.HasIndex(r => new { r.Succeeded, r.FinishedUtc });
        run.HasIndex(r => r.ChallengeId);
    }
}
