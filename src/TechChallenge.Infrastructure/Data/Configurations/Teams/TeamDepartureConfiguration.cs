using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TechChallenge.Domain.Teams;

namespace TechChallenge.Infrastructure.Data.Configurations.Teams;

internal sealed class TeamDepartureConfiguration : IEntityTypeConfiguration<TeamDeparture>
{
    public void Configure(EntityTypeBuilder<TeamDeparture> departure)
    {
        departure.Property(d => d.UserId).HasMaxLength(450);
        departure.HasIndex(d => d.UserId);
    }
}
