namespace TechChallenge.Architecture.Tests;

/// <summary>One name per feature: every project's top folders come from one list, so a feature is found by its name.</summary>
public sealed class FeatureNamesTests
{
    // Features first, then the plumbing folders each project may have.
    private static readonly HashSet<string> Known =
    [
        "Challenges",
        "Proposals",
        "Teams",
        "Organizations",
        "SubCenters",
        "Regions",
        "Judging",
        "Notifications",
        "Clock",
        "Account",
        "Common",
        "Data",
        "Security",
        "Storage",
        "Seeding",
        "Shared",
        "Api",
        "Home",
        "Components",
        "Features",
        "Integration",
        "Properties",
        "Resources",
        "wwwroot",
    ];

    [Theory]
    [InlineData("src/TechChallenge.Domain")]
    [InlineData("src/TechChallenge.Infrastructure")]
    [InlineData("src/TechChallenge.Web")]
    [InlineData("src/TechChallenge.Web/Features")]
    [InlineData("tests/TechChallenge.Domain.Tests")]
    [InlineData("tests/TechChallenge.Infrastructure.Tests")]
    public void Folders_are_named_after_the_features(string project)
    {
        var folders = Directory
            .GetDirectories(Path.Combine(SourceTree.Root, project))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .ToList();

        Assert.NotEmpty(folders);
        Assert.All(folders, name => Assert.Contains(name!, Known));
    }
}
