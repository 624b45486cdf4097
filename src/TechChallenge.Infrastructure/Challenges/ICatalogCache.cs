using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;

using TechChallenge.Domain.SubCenters;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Teams;
namespace TechChallenge.Infrastructure.Challenges;

/// <summary>A cache of something the public catalog shows; dropped whenever that data changes.</summary>
public interface ICatalogCache
{
    ValueTask InvalidateAsync(CancellationToken cancellationToken);
}
