using Microsoft.AspNetCore.Identity;
using TechChallenge.Domain.Organizations;

namespace TechChallenge.Infrastructure.Data;

public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The sub-center a SubCenterManager works for; null for other roles.</summary>
    public Guid? SubCenterId { get; set; }

    /// <summary>The organisation a Solver belongs to, if any: joined by invitation, or founded.</summary>
    public Guid? SolverOrganizationId { get; set; }

    /// <summary>The user's role in <see cref="SolverOrganizationId"/>; null without an organisation.</summary>
    public OrganizationRole? OrganizationRole { get; set; }

    /// <summary>A few lines about the person's work, shown on their profile.</summary>
    public string Bio { get; set; } = "";

    /// <summary>
    /// The person's own language, "zh-CN" or "en-US": their e-mails are written in it (the profile's "e-mail language").
    /// The screen's language is the browser's choice; a browser that has made none starts in this one at sign-in.
    /// </summary>
    public string? PreferredCulture { get; set; }

    /// <summary>IANA time-zone id used to show times to this user.</summary>
    public string TimeZoneId { get; set; } = TimeZones.ChinaStandardTime;
}
