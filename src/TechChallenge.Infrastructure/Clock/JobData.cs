using System.Globalization;
using Quartz;

namespace TechChallenge.Infrastructure.Clock;

/// <summary>Job data as invariant text, so that it reads back the same whatever the store's serializer makes of numbers.</summary>
public static class JobData
{
    public const string ChallengeIdKey = "challengeId";
    public const string RoundKey = "round";
    public const string AudienceKey = "audience";
    public const string OffsetMinutesKey = "offsetMinutes";

    public static Guid? ChallengeId(JobDataMap data) => Guid.TryParse(data.GetString(ChallengeIdKey), out var id) ? id : null;

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static int? Int(JobDataMap data, string key) =>
        int.TryParse(data.GetString(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
