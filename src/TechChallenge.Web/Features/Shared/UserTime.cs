using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Features.Shared;

/// <summary>
/// Shows UTC times in the viewer's time zone (China Standard Time unless the profile says otherwise), always naming
/// the zone, and converts times typed in that zone back to UTC.
/// </summary>
public sealed class UserTime(AuthenticationStateProvider authentication, IStringLocalizer<SharedResource> localizer)
{
    private TimeZoneInfo? zone;

    public async Task<TimeZoneInfo> ZoneAsync()
    {
        if (zone is null)
        {
            var state = await authentication.GetAuthenticationStateAsync();
            zone = TimeZones.Find(state.User.FindFirst(AppClaimTypes.TimeZone)?.Value);
        }

        return zone;
    }

    public TimeZoneInfo Zone => zone ?? TimeZones.Find(null);

    public string ZoneName => NameOf(Zone, localizer);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>e.g. "2026-12-21 17:00 (China Standard Time, UTC+08:00)".</summary>
    public string Format(DateTime? utc) => utc is null ? "—" : Format(utc.Value, Zone, localizer);

    /// <summary>The same, outside a component (a download), for a zone read from the request's user.</summary>
    public static string Format(DateTime utc, TimeZoneInfo zone, IStringLocalizer localizer) =>
        TimeZoneInfo
            .ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone)
            .ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({NameOf(zone, localizer)})";

    private static string NameOf(TimeZoneInfo zone, IStringLocalizer localizer)
    {
        var offset = zone.BaseUtcOffset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var name = zone.Id == TimeZones.ChinaStandardTime ? localizer["Time.ChinaStandardTime"].Value : zone.Id;
        return $"{name}, UTC{sign}{offset:hh\\:mm}";
    }
}
