using Microsoft.Playwright;
using TechChallenge.TestSupport;

namespace TechChallenge.EndToEnd.Tests;

/// <summary>
/// Debian's headless Chromium driven by Playwright. Playwright's own browser download cannot work here, so the
/// system browser is used (CHROMIUM_PATH overrides /usr/bin/chromium). Outside CI a machine without Chromium skips
/// the browser tests with that reason; in CI it is a failure (.ci/run installs it).
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly List<IPage> opened = [];

    private IPlaywright? playwright;

    public IBrowser Chromium { get; private set; } = default!;

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            SkipReason = $"Browser tests need Chromium at {ExecutablePath} (apt-get install chromium, or set CHROMIUM_PATH).";
            if (PostgresServer.InCi)
            {
                throw new InvalidOperationException("CI=true but " + SkipReason);
            }

            return;
        }

        playwright = await Playwright.CreateAsync();
        Chromium = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                ],
            }
        );
    }

    /// <summary>A fresh browser profile (cookies, storage) for one person, in their language.</summary>
    public async Task<IPage> NewPersonAsync(Uri baseAddress, string locale = "en-US", int width = 1280)
    {
        var context = await Chromium.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = baseAddress.ToString(),
                Locale = locale,
                TimezoneId = "Asia/Shanghai",
                ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
                IsMobile = width < 600,
                HasTouch = width < 600,
            }
        );
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        lock (opened)
        {
            opened.Add(page);
        }

        return page;
    }

    /// <summary>
    /// Where each page opened since the last call stands (address and visible text), then forgets them: what a failing
    /// test's output needs to tell a server error page from a slow one.
    /// </summary>
    public async Task<string> DescribeAndForgetPagesAsync()
    {
        IPage[] pages;
        lock (opened)
        {
            pages = [.. opened];
            opened.Clear();
        }

        var description = new System.Text.StringBuilder();
        foreach (var page in pages.Where(p => !p.IsClosed))
        {
            string text;
            try
            {
                text = await page.Locator("body").InnerTextAsync(new() { Timeout = 2_000 });
            }
            catch (PlaywrightException e)
            {
                text = $"(no text: {e.Message})";
            }

            description.AppendLine($"--- {page.Url}").AppendLine(text.Length > 4_000 ? text[..4_000] + " …" : text);
            await page.Context.CloseAsync();
        }

        return description.ToString();
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

public static class PageExtensions
{
    public static async Task LogInAsync(this IPage page, string email, string password = DemoAccounts.Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        // The logout button shows at every width (the name is hidden on a phone).
        await Assertions.Expect(page.GetByTestId("logout")).ToBeVisibleAsync();
    }

    /// <summary>Answers the confirmation an irreversible step asks first, with its named action (not "Cancel").</summary>
    public static Task ConfirmAsync(this IPage page, string action) =>
        page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();

    /// <summary>MudBlazor's numeric field commits its value on change; typing then leaving the field does that.</summary>
    public static async Task SetNumericAsync(ILocator numeric, string value)
    {
        var input = numeric.Locator("input").Or(numeric.And(numeric.Page.Locator("input"))).First;
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    /// <summary>
    /// Waits until the page at the current address is live (its island attached to the circuit), so clicks reach the
    /// server; the mark of the page before a navigation does not count.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => document.querySelector('[data-testid=circuit-ready]')?.dataset.path === location.pathname");
}
