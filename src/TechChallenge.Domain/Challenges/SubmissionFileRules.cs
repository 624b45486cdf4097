using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Challenges;

/// <summary>
/// What files a challenge accepts with each proposal. Empty values mean the platform's limits; a challenge may be
/// stricter than the platform, never more generous.
/// </summary>
/// <param name="AllowedTypes">Comma-separated extensions such as ".pdf,.docx"; empty for the platform's list.</param>
public sealed record SubmissionFileRules(int? MaxFileMegabytes, int? MaxTotalMegabytes, string AllowedTypes)
{
    public static SubmissionFileRules PlatformDefaults { get; } = new(null, null, "");

    public IReadOnlyList<string> Types => AllowedTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public SubmissionFileRules Normalized() =>
        this with
        {
            AllowedTypes = string.Join(
                ",",
                Types.Select(t => (t.StartsWith('.') ? t : "." + t).ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)
            ),
        };

    /// <summary>Refuses limits beyond the platform's, or types it does not accept at all.</summary>
    public RuleViolation? Check(long platformMaxFileBytes, long platformMaxTotalBytes, IReadOnlyCollection<string> platformTypes)
    {
        const long megabyte = 1024 * 1024;
        static bool Within(int? megabytes, long platformBytes) =>
            megabytes is null || (megabytes > 0 && megabytes * megabyte <= platformBytes);
        var ok =
            Within(MaxFileMegabytes, platformMaxFileBytes)
            && Within(MaxTotalMegabytes, platformMaxTotalBytes)
            && Normalized().Types.All(platformTypes.Contains);
        return ok
            ? null
            : new RuleViolation(
                RuleCodes.FileRulesInvalid,
                platformMaxFileBytes / megabyte,
                platformMaxTotalBytes / megabyte,
                string.Join(", ", platformTypes)
            );
    }
}
