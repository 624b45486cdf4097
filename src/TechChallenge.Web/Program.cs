using TechChallenge.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddTechChallengeWeb();

var app = builder.Build();

if (args.Contains("--seed-demo-data"))
{
    // The explicit command for loading demo data outside Development: `dotnet run -- --seed-demo-data`.
    await app.InitializeDatabaseAsync(seedDemoData: true);
    return;
}

await app.InitializeDatabaseAsync();
app.UseTechChallengeWeb();
app.Run();

/// <summary>Entry point, public so integration tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
