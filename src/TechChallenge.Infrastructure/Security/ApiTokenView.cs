namespace TechChallenge.Infrastructure.Security;

public sealed record ApiTokenView(
    Guid Id,
    string Name,
    DateTime CreatedUtc,
    DateTime ExpiresUtc,
    DateTime? LastUsedUtc,
    DateTime? RevokedUtc
);
