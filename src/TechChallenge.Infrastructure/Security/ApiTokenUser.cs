using System.Security.Claims;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Security;

/// <summary>A token's user as the API authenticates them: role names, and the claims of those roles and of the user.</summary>
public sealed record ApiTokenUser(ApplicationUser User, IReadOnlyList<string> Roles, IReadOnlyList<Claim> Claims);
