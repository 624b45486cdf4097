namespace TechChallenge.Infrastructure.Account;

public sealed record ProfileView(
    string DisplayName,
    string Email,
    string Bio,
    IReadOnlyList<Guid> ExpertiseFieldIds,
    string? OrganizationName,
    string? OrganizationNameZh
);

public sealed record ProfileInput(string DisplayName, string Bio, IReadOnlyList<Guid> ExpertiseFieldIds);
