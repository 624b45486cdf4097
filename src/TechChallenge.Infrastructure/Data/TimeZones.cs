namespace TechChallenge.Infrastructure.Data;

public static class TimeZones
{
    /// <summary>China Standard Time (UTC+8), the platform's default zone.</summary>
    public const string ChinaStandardTime = "Asia/Shanghai";

    public static TimeZoneInfo Find(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.FindSystemTimeZoneById(ChinaStandardTime);
    }
}
