using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Security;

public sealed record ApiTokenView(Guid Id, string Name, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? LastUsedUtc, DateTime? RevokedUtc);
