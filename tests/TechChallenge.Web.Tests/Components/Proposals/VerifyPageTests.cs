using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TechChallenge.TestSupport;
using TechChallenge.Web.Features.Proposals;

namespace TechChallenge.Web.Tests.Components.Proposals;

/// <summary>The public check of a receipt's hash: a plain GET form, and when and where the hash was received.</summary>
[Collection(ProposalAppCollection.Name)]
public sealed class VerifyPageTests(SqliteAppFixture fixture) : SolverPageTest(fixture)
{
    [Fact]
    public async Task A_hash_from_a_receipt_names_the_version_it_proves_and_an_unknown_one_is_said_to_be_unknown()
    {
        var solver = await SolverAsync();
        var version = await SubmitAsync(solver, await ChallengeAsync(DateTime.UtcNow.AddDays(5)));

        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("hash", new string('0', 64)));
        var unknown = Render<VerifyPage>();
        Assert.NotNull(unknown.WaitForElement("[data-testid=verify-none]"));
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("hash", version.ContentSha256.ToUpperInvariant()));
        var found = Render<VerifyPage>();

        var match = found.WaitForElement("[data-testid=verify-match]").ParentElement!.TextContent;
        Assert.Contains(version.ProposalId.ToString(), match);
        Assert.Contains("the whole version's content", match);
        // Without a circuit the form still works: a GET of /verify?hash=…, the field named so and holding the hash.
        var form = found.Find("form[data-testid=verify-form]");
        Assert.Equal(("get", "/verify"), (form.GetAttribute("method"), form.GetAttribute("action")));
        var field = found.Find("input[data-testid=verify-hash]");
        Assert.Equal(("hash", version.ContentSha256.ToUpperInvariant()), (field.GetAttribute("name"), field.GetAttribute("value")));
        Assert.NotNull(found.Find($"label[for='{field.Id}']"));
        Assert.Equal("submit", found.Find("[data-testid=verify-submit]").GetAttribute("type"));
    }
}
