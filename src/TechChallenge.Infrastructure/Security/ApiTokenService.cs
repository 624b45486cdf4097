using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Security;

public sealed class ApiTokenService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string Prefix = "tc_";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);
    private const int MaxNameLength = 100;

    public async Task<Outcome<NewApiToken>> CreateAsync(Actor actor, string name, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return Outcome<NewApiToken>.Refused(RuleCodes.AccessDenied);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            return Outcome<NewApiToken>.Refused(RuleCodes.ApiTokenNameInvalid, MaxNameLength);
        }

        var secret = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            UserId = actor.UserId,
            Name = name.Trim(),
            TokenSha256 = Hash(secret),
            CreatedUtc = now,
            ExpiresUtc = now + Lifetime,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<NewApiToken>.Ok(new NewApiToken(ToView(token), secret));
    }

    public async Task<IReadOnlyList<ApiTokenView>> ListMineAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).ToListAsync(cancellationToken);
        return [.. tokens.OrderByDescending(t => t.CreatedUtc).Select(ToView)];
    }

    public async Task<Outcome> RevokeAsync(Actor actor, Guid tokenId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == actor.UserId, cancellationToken);
        if (token is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        token.RevokedUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>
    /// The user a presented token acts for, with their roles and claims, or null when the token is unknown, revoked or
    /// expired. Two queries (token with user; roles, role claims and user claims in one union) where Identity's
    /// managers take six or more: every API request pays this.
    /// </summary>
    public async Task<ApiTokenUser?> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Hash(presented);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await (
            from t in db.ApiTokens
            join u in db.Users on t.UserId equals u.Id
            where t.TokenSha256 == hash
            select new { Token = t, User = u }
        ).SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.Token.RevokedUtc is not null || found.Token.ExpiresUtc <= now)
        {
            return null;
        }

        var userId = found.User.Id;
        var claims = await db
            .UserRoles.Where(ur => ur.UserId == userId)
            .Join(
                db.Roles,
                ur => ur.RoleId,
                r => r.Id,
                (_, r) =>
                    new
                    {
                        Kind = 0,
                        Type = "",
                        Value = r.Name,
                    }
            )
            .Concat(
                db.UserRoles.Where(ur => ur.UserId == userId)
                    .Join(
                        db.RoleClaims,
                        ur => ur.RoleId,
                        rc => rc.RoleId,
                        (_, rc) =>
                            new
                            {
                                Kind = 1,
                                Type = rc.ClaimType ?? "",
                                Value = rc.ClaimValue,
                            }
                    )
            )
            .Concat(
                db.UserClaims.Where(uc => uc.UserId == userId)
                    .Select(uc => new
                    {
                        Kind = 2,
                        Type = uc.ClaimType ?? "",
                        Value = uc.ClaimValue,
                    })
            )
            .ToListAsync(cancellationToken);

        // Recorded at most once a minute: a busy client should not turn every request into a write.
        if (found.Token.LastUsedUtc is null || now - found.Token.LastUsedUtc > TimeSpan.FromMinutes(1))
        {
            found.Token.LastUsedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiTokenUser(
            found.User,
            claims.Where(c => c.Kind == 0).Select(c => c.Value ?? "").Order(StringComparer.Ordinal).ToList(),
            claims.Where(c => c.Kind != 0).Select(c => new Claim(c.Type, c.Value ?? "")).ToList()
        );
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static ApiTokenView ToView(ApiToken token) =>
        new(token.Id, token.Name, token.CreatedUtc, token.ExpiresUtc, token.LastUsedUtc, token.RevokedUtc);
}
