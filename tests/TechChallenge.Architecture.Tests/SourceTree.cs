namespace TechChallenge.Architecture.Tests;

/// <summary>The repository's hand-written source files, found from the test's output folder.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>Hand-written files under src/: generated migrations and build output left out.</summary>
    public static IEnumerable<string> SourceFiles(params string[] extensions) =>
        Directory
            .EnumerateFiles(Path.Combine(Root, "src"), "*", SearchOption.AllDirectories)
            .Where(path => extensions.Contains(Path.GetExtension(path)))
            .Where(path => !Relative(path).Split('/').Any(part => part is "bin" or "obj" or "Migrations" or "wwwroot"));

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TechChallenge.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TechChallenge.sln not found above " + AppContext.BaseDirectory);
    }
}
