using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Teams;

namespace TechChallenge.Infrastructure.Data.Configurations.Teams;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> team)
    {
        team.Property(t => t.Name).HasMaxLength(Team.MaxNameLength);
        team.HasIndex(t => t.ChallengeId);
        team.HasOne<Challenge>().WithMany().HasForeignKey(t => t.ChallengeId).OnDelete(DeleteBehavior.Restrict);
        team.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        team.HasMany(t => t.Invitations).WithOne().HasForeignKey(i => i.TeamId).OnDelete(DeleteBehavior.Cascade);
        team.HasMany(t => t.Departures).WithOne().HasForeignKey(d => d.TeamId).OnDelete(DeleteBehavior.Cascade);
        team.Ignore(t => t.Lead);
        team.Ignore(t => t.PendingInvitations);
    }
}
