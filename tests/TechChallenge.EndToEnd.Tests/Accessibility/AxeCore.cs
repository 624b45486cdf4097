using Microsoft.Playwright;
using TechChallenge.TestSupport;

namespace TechChallenge.EndToEnd.Tests.Accessibility;

/// <summary>
/// axe-core from the npm registry (tests/TechChallenge.EndToEnd.Tests/axe, installed by scripts/test.sh with npm ci),
/// injected into the page under test. The rule sets are the issue's: WCAG 2.0/2.1 A and AA and axe's best practices.
/// </summary>
public static class AxeCore
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

    /// <summary>Where axe.min.js is; AXE_CORE_PATH overrides it.</summary>
    public static string ScriptPath =>
        Environment.GetEnvironmentVariable("AXE_CORE_PATH") is { Length: > 0 } path
            ? path
            : Path.Combine(RepositoryRoot(), "tests", "TechChallenge.EndToEnd.Tests", "axe", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Why the check cannot run here, or null; in CI a missing axe-core is a failure, not a skip.</summary>
    public static string? SkipReason()
    {
        if (File.Exists(ScriptPath))
        {
            return null;
        }

        var reason = $"axe-core is not installed at {ScriptPath}: run `npm ci --prefix tests/TechChallenge.EndToEnd.Tests/axe`.";
        return PostgresServer.InCi ? throw new InvalidOperationException("CI=true but " + reason) : reason;
    }

    /// <summary>The violations on the page as it is now, one line per failing node.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var lines = await page.EvaluateAsync<string[]>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
              return result.violations.flatMap(v => v.nodes.map(n =>
                `${v.impact} ${v.id}: ${v.help} at ${n.target.join(' ')} (${(n.failureSummary || '').replace(/\s+/g, ' ')})`));
            }
            """,
            Tags
        );
        return lines;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TechChallenge.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("TechChallenge.sln not found above " + AppContext.BaseDirectory);
    }
}
