using Microsoft.Playwright;
using TechChallenge.TestSupport;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TechChallenge.EndToEnd.Tests;

/// <summary>
/// On a 390 px phone the side menu is closed and a menu button opens it, on static pages (an anonymous reader) as on
/// interactive ones (a signed-in solver); the keyboard reaches everything, starting with the skip link.
/// </summary>
public sealed class PhoneNavigationTests(Browser browser, ServedApp served, ITestOutputHelper output)
    : BrowserTest(browser, served.App, output),
        IClassFixture<Browser>,
        IClassFixture<ServedApp>
{
    private const int PhoneWidth = 390;

    [SkippableFact]
    public async Task An_anonymous_reader_opens_the_menu_on_a_static_page_and_goes_to_the_catalog()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var page = await Browser.NewPersonAsync(served.Address, "zh-CN", PhoneWidth);
        await page.GotoAsync("/");
        var menu = page.Locator("#tc-nav");
        await Expect(menu).ToBeHiddenAsync();
        // The skip link comes first in the tab order and leads to the main content. (Blazor's FocusOnNavigate puts the
        // focus on the page's h1 once its script runs, so whether a first Tab reaches it depends on timing.)
        Assert.Contains(
            "tc-skip-link",
            await page.EvaluateAsync<string>(
                "() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').className"
            )
        );
        await page.Locator(".tc-skip-link").FocusAsync();
        await Expect(page.Locator(".tc-skip-link")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(":focus")).ToHaveAttributeAsync("id", "main");

        await page.GetByTestId("menu-button").ClickAsync();
        await Expect(menu).ToBeVisibleAsync();
        await Expect(page.GetByTestId("menu-button")).ToHaveAttributeAsync("aria-expanded", "true");
        await menu.GetByRole(AriaRole.Link, new() { Name = "榜单大厅", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/challenges$"));
        await Expect(page.Locator("#tc-nav")).ToBeHiddenAsync();
        // The current page is the catalog, not home.
        await page.GetByTestId("menu-button").ClickAsync();
        await Expect(page.Locator("#tc-nav a[aria-current=page]")).ToHaveAttributeAsync("href", "/challenges");
    }

    [SkippableFact]
    public async Task A_signed_in_solver_reaches_the_menu_by_keyboard_and_escape_closes_it()
    {
        Skip.If(Browser.SkipReason is not null, Browser.SkipReason);
        var page = await Browser.NewPersonAsync(served.Address, "en-US", PhoneWidth);
        await page.LogInAsync(DemoAccounts.Solver);
        await page.GotoAsync("/"); // static for everyone: the layout opens no circuit of its own

        // After the skip link comes the menu button. (On an interactive page the framework first moves the focus to
        // the page's heading, so the walk starts from the skip link itself.)
        await page.Locator(".tc-skip-link").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveAttributeAsync("data-testid", "menu-button");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#tc-nav")).ToBeVisibleAsync();
        await Expect(page.Locator("#tc-nav").GetByRole(AriaRole.Link, new() { Name = "My proposals" })).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#tc-nav")).ToBeHiddenAsync();
        await Expect(page.Locator(":focus")).ToHaveAttributeAsync("data-testid", "menu-button");

        // The sign-out button is visible in the app bar at this width.
        await Expect(page.GetByTestId("logout")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("logout")).ToBeInViewportAsync();
    }
}
