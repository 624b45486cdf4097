using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TechChallenge.EndToEnd.Tests.Accessibility;

/// <summary>
/// Every page of the app, in both languages, as the person it is for: zero axe-core violations, and nothing wider than
/// the screen. Chinese is walked on a 390 px phone and English on a 1280 px desktop, so each language and each layout
/// is checked once per page; a screenshot of each page is kept under the test output's screenshots/ folder.
/// </summary>
public sealed class EveryPageTests(Browser browser, ServedApp served, ITestOutputHelper output)
    : BrowserTest(browser, served.App, output),
        IClassFixture<Browser>,
        IClassFixture<ServedApp>
{
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [SkippableTheory]
    [InlineData("zh-CN", 390)]
    [InlineData("en-US", 1280)]
    public async Task Every_page_passes_axe_and_fits_the_screen(string locale, int width)
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var axeMissing = AxeCore.SkipReason();
        Skip.If(axeMissing is not null, axeMissing);
        Directory.CreateDirectory(ScreenshotFolder);
        var visits = await PageWalk.BuildAsync(served.App);
        var failures = new StringBuilder();
        foreach (var visitor in visits.GroupBy(v => v.Visitor))
        {
            var page = await Browser.NewPersonAsync(served.Address, locale, width);
            if (visitor.Key is { } email)
            {
                await page.LogInAsync(email);
            }

            foreach (var visit in visitor)
            {
                await page.GotoAsync(visit.Path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var name = $"{locale}-{width}-{visit.Path.Trim('/').Replace('/', '_')}";
                var screenshot = Path.Combine(ScreenshotFolder, name + ".png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
                foreach (var violation in await AxeCore.ViolationsAsync(page))
                {
                    failures.AppendLine($"{visit.Path} as {visit.Visitor ?? "anonymous"}: {violation}");
                }

                if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"))
                {
                    failures.AppendLine($"{visit.Path} as {visit.Visitor ?? "anonymous"}: the page is wider than the {width} px screen");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [SkippableFact]
    public async Task The_walk_covers_every_page_of_the_app()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var templates = typeof(TechChallenge.Web.WebSetup)
            .Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .ToHashSet();

        var walked = (await PageWalk.BuildAsync(served.App)).Select(v => v.Template).ToHashSet();

        Assert.Empty(templates.Except(walked));
        Assert.Empty(walked.Except(templates));
    }
}
