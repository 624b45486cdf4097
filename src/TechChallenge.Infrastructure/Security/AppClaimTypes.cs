namespace TechChallenge.Infrastructure.Security;

public static class AppClaimTypes
{
    public const string SubCenterId = "techchallenge:subcenter";
    public const string SolverOrganizationId = "techchallenge:organization";
    public const string DisplayName = "techchallenge:displayname";
    public const string TimeZone = "techchallenge:timezone";
}
