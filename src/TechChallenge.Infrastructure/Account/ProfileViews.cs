namespace TechChallenge.Infrastructure.Account;

/// <param name="TimeZoneId">The IANA zone times are shown in.</param>
/// <param name="EmailCulture">The language e-mails are written in ("zh-CN" or "en-US"); the screen's is the browser's.</param>
public sealed record ProfileView(
    string DisplayName,
    string Email,
    string Bio,
    IReadOnlyList<Guid> ExpertiseFieldIds,
    string? OrganizationName,
    string? OrganizationNameZh,
    string TimeZoneId,
    string EmailCulture
);

public sealed record ProfileInput(
    string DisplayName,
    string Bio,
    IReadOnlyList<Guid> ExpertiseFieldIds,
    string TimeZoneId,
    string EmailCulture
);
