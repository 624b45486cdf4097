using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Security;

/// <summary>
/// A personal access token for the HTTP API, so an institution's own system can act for one of its users. Only the
/// SHA-256 of the token is stored: the token itself is shown once, when it is made.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string UserId { get; init; }
    public required string Name { get; init; }
    public required string TokenSha256 { get; init; }
    public DateTime CreatedUtc { get; init; }
    public DateTime ExpiresUtc { get; init; }
    public DateTime? LastUsedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}

public sealed record ApiTokenView(Guid Id, string Name, DateTime CreatedUtc, DateTime ExpiresUtc, DateTime? LastUsedUtc, DateTime? RevokedUtc);

public sealed record NewApiToken(ApiTokenView Token, string Secret);

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
        var token = new ApiToken { UserId = actor.UserId, Name = name.Trim(), TokenSha256 = Hash(secret), CreatedUtc = now, ExpiresUtc = now + Lifetime };
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

    /// <summary>The user a presented token acts for, or null when it is unknown, revoked or expired.</summary>
    public async Task<string?> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Hash(presented);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.TokenSha256 == hash, cancellationToken);
        if (token is null || token.RevokedUtc is not null || token.ExpiresUtc <= now)
        {
            return null;
        }

        // Recorded at most once a minute: a busy client should not turn every request into a write.
        if (token.LastUsedUtc is null || now - token.LastUsedUtc > TimeSpan.FromMinutes(1))
        {
            token.LastUsedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return token.UserId;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static ApiTokenView ToView(ApiToken token) => new(token.Id, token.Name, token.CreatedUtc, token.ExpiresUtc, token.LastUsedUtc, token.RevokedUtc);
}
