namespace TechChallenge.Infrastructure.Security;

public static class Roles
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string SubCenterManager = nameof(SubCenterManager);
    public const string Solver = nameof(Solver);
    public const string Judge = nameof(Judge);

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, SubCenterManager, Solver, Judge];
}
