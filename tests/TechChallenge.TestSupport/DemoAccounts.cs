namespace TechChallenge.TestSupport;

/// <summary>The demo accounts from assets/demo/demo-data.json.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo@2026";
    public const string Admin = "admin@techchallenge.demo";
    public const string NantongManager = "nantong.manager@techchallenge.demo";
    public const string ZunyiManager = "zunyi.manager@techchallenge.demo";
    public const string Solver = "solver@techchallenge.demo";
    public const string Solver2 = "solver2@techchallenge.demo";
    public const string Judge = "judge@techchallenge.demo";
}
