using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Account;

namespace TechChallenge.Web.Tests.Components.Account;

/// <summary>The profile: name and work, the time zone times are shown in, the language of the person's e-mails.</summary>
public sealed class ProfileTests(SqliteAppFixture fixture) : SignedInPageTest(fixture)
{
    [Fact]
    public async Task The_e_mail_language_is_chosen_in_the_profile_and_saved()
    {
        var (_, email) = await App.NewUserAsync(Roles.Solver, displayName: "Li Wei");
        await SignInAsAsync(email);
        var page = RenderPage<Profile>();
        var popovers = Popovers;
        page.WaitForAssertion(() => Assert.Contains("中文", page.Find("[data-testid=profile-email-language]").OuterHtml));

        page.Find("[data-testid=profile-email-language]").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Item(popovers, "English").Click());
        page.Find("[data-testid=profile-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Profile saved.", Snackbars));
        Assert.Equal(("en-US", "Asia/Shanghai"), await LanguageAndZoneAsync(email));
        // Nothing in the sign-in changed: the page stays.
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public async Task A_new_time_zone_is_saved_and_the_sign_in_renewed_so_times_show_in_it()
    {
        var (_, email) = await App.NewUserAsync(Roles.Judge, displayName: "Anna Berg");
        await SignInAsAsync(email);
        var page = RenderPage<Profile>();
        var popovers = Popovers;

        page.WaitForElement("[data-testid=profile-time-zone]").Input("Berlin");
        popovers.WaitForAssertion(() => Item(popovers, "UTC+01:00 · Europe/Berlin").Click());
        page.Find("[data-testid=profile-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("/account/refresh-sign-in?returnUrl=%2Faccount%2Fprofile%3Fsaved%3Dtrue", NavigatedTo));
        Assert.Equal(("zh-CN", "Europe/Berlin"), await LanguageAndZoneAsync(email));
    }

    [Fact]
    public async Task Back_from_renewing_the_sign_in_the_page_says_where_times_are_shown()
    {
        var (_, email) = await App.NewUserAsync(Roles.Solver);
        await SignInAsAsync(email);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("saved", true));

        var page = RenderPage<Profile>();

        page.WaitForAssertion(() => Assert.Contains("China Standard Time", page.Find("[data-testid=profile-saved]").TextContent));
    }

    [Fact]
    public async Task A_profile_without_a_name_is_refused_with_the_reason_and_nothing_changes()
    {
        var (_, email) = await App.NewUserAsync(Roles.Solver, displayName: "Zhang Min");
        await SignInAsAsync(email);
        var page = RenderPage<Profile>();

        page.WaitForElement("[data-testid=profile-name]").Change("   ");
        page.Find("[data-testid=profile-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Give your name", page.Find("[data-testid=profile-error]").TextContent));
        Assert.Equal(
            "Zhang Min",
            await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync())
        );
        Assert.Empty(Snackbars);
    }

    private static IElement Item(IRenderedComponent<MudPopoverProvider> popovers, string text) =>
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == text);

    private async Task<(string?, string)> LanguageAndZoneAsync(string email) =>
        await App.WithDbAsync(db =>
            db.Users.Where(u => u.Email == email)
                .Select(u => new ValueTuple<string?, string>(u.PreferredCulture, u.TimeZoneId))
                .SingleAsync()
        );
}
