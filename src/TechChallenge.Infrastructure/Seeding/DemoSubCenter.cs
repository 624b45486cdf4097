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

public sealed record DemoSubCenter(string Key, string Name, string NameZh, string Region);
