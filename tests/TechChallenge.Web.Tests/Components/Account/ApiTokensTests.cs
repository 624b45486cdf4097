using Bunit;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Account;

namespace TechChallenge.Web.Tests.Components.Account;

/// <summary>A solver's API tokens: the secret shown once, revoking only after a confirmation.</summary>
public sealed class ApiTokensTests(SqliteAppFixture fixture) : SignedInPageTest(fixture)
{
    private async Task<string> NewSolverAsync() => (await App.NewUserAsync(Roles.Solver)).Email;

    [Fact]
    public async Task A_new_token_is_shown_once_and_then_only_listed()
    {
        await SignInAsAsync(await NewSolverAsync());
        var page = RenderPage<ApiTokens>();

        page.Find("[data-testid=token-name]").Change("Lab submission robot");
        page.Find("[data-testid=token-create]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("tc_", page.Find("[data-testid=token-secret]").TextContent));
        Assert.Equal("Lab submission robot", page.Find("[data-testid=token-row]").TextContent.Trim());
        Assert.Equal("", page.Find("[data-testid=token-name]").GetAttribute("value") ?? "");

        // Opened again (another visit), the page lists the token but has no way to show its secret.
        var again = RenderPage<ApiTokens>();
        again.WaitForAssertion(() => Assert.Single(again.FindAll("[data-testid=token-row]")));
        Assert.Empty(again.FindAll("[data-testid=token-secret]"));
    }

    [Fact]
    public async Task A_token_without_a_name_is_refused_with_the_reason()
    {
        await SignInAsAsync(await NewSolverAsync());
        var page = RenderPage<ApiTokens>();

        page.Find("[data-testid=token-create]").Click();

        page.WaitForAssertion(() => Assert.Contains("100 characters", page.Find("[data-testid=token-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=token-secret]"));
        Assert.Empty(page.FindAll("[data-testid=token-row]"));
    }

    [Fact]
    public async Task Revoking_asks_first_and_a_cancelled_question_revokes_nothing()
    {
        var actor = await SignInAsAsync(await NewSolverAsync());
        var created = await UseAsync<ApiTokenService, NewApiToken>(async t => (await t.CreateAsync(actor, "Old robot")).Value);
        var page = RenderPage<ApiTokens>();
        var dialogs = DialogHost;

        page.WaitForElement("[data-testid=token-revoke]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("“Old robot”", dialogs.Find(".mud-dialog").TextContent));
        Answer(dialogs, "Cancel");

        Assert.Null(await RevokedAsync(created.Token.Id));
        Assert.NotEmpty(page.FindAll("[data-testid=token-revoke]"));

        page.Find("[data-testid=token-revoke]").Click();
        Answer(dialogs, "Revoke");

        page.WaitForAssertion(() => Assert.Contains("Revoked", page.Find("[data-testid=token-revoked]").TextContent));
        Assert.NotNull(await RevokedAsync(created.Token.Id));
        Assert.Contains("Token revoked.", Snackbars);
    }

    private Task<DateTime?> RevokedAsync(Guid tokenId) =>
        App.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == tokenId).Select(t => t.RevokedUtc).SingleAsync());
}
