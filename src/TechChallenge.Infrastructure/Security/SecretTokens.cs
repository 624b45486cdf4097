using System.Security.Cryptography;
using System.Text;

namespace TechChallenge.Infrastructure.Security;

/// <summary>Random tokens for links sent by mail; only their SHA-256 is ever stored.</summary>
public static class SecretTokens
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
