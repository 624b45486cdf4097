using Microsoft.AspNetCore.Identity;

namespace TechChallenge.Infrastructure.Data;

public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The sub-center a SubCenterManager works for; null for other roles.</summary>
    public Guid? SubCenterId { get; set; }

    /// <summary>The organisation a Solver belongs to, if any.</summary>
    public Guid? SolverOrganizationId { get; set; }

    /// <summary>UI language, "zh-CN" or "en-US"; null means the browser decides.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>IANA time-zone id used to show times to this user.</summary>
    public string TimeZoneId { get; set; } = TimeZones.ChinaStandardTime;
}
