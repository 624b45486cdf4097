using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Security;

using TechChallenge.Domain.SubCenters;
using TechChallenge.Domain.Common;
namespace TechChallenge.Infrastructure.Seeding;

/// <summary><see cref="Sections"/>: one text per section of the challenge's proposal form, in its order.</summary>
public sealed record DemoProposal(string Solver, string Title, string Body, IReadOnlyList<string> Sections);
