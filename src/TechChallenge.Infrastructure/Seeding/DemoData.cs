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

public sealed record DemoData(
    string Password,
    DemoNamed TransferCenter,
    IReadOnlyList<DemoSubCenter> SubCenters,
    IReadOnlyList<DemoOrganization> SolverOrganizations,
    IReadOnlyList<DemoUser> Users,
    IReadOnlyList<DemoFieldTag> FieldTags,
    IReadOnlyList<DemoChallenge> Challenges);
