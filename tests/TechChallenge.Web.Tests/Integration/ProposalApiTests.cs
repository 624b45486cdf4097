using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Common;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Proposals;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>The proposals HTTP API with personal access tokens, over real HTTP handling, on SQLite and PostgreSQL.</summary>
public abstract class ProposalApiTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TechChallengeApp App => fixture.App;

    private void SkipIfUnavailable() => Skip.If(fixture.SkipReason is not null, fixture.SkipReason);

    private async Task<string> TokenAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var created = await scope
            .ServiceProvider.GetRequiredService<ApiTokenService>()
            .CreateAsync(await App.ActorAsync(email), "Lab information system");
        return created.Value.Secret;
    }

    private HttpClient Client(string? token, string culture = "en-US")
    {
        var http = BrowserlessClient.Anonymous(App, culture).Http;
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    private static async Task<string> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("code").GetString()!;

    [SkippableFact]
    public async Task A_system_with_a_token_drafts_uploads_and_submits_and_repeating_the_submit_changes_nothing()
    {
        SkipIfUnavailable();
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(5), $"API {Guid.NewGuid():N}"),
            [DemoAccounts.Judge]
        );
        var api = Client(await TokenAsync(DemoAccounts.Solver));

        var form = await api.GetFromJsonAsync<ProposalFormView>($"/api/v1/challenges/{challengeId}/proposal-form", Json);
        Assert.Equal(3, form!.Sections.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/challenges/{challengeId}/proposal")).StatusCode);

        var answers = form.Sections.Select((s, i) => new SectionAnswer(s.Key, $"LIMS answer {i + 1}")).ToList();
        var saved = await api.PutAsJsonAsync(
            $"/api/v1/challenges/{challengeId}/proposal/draft",
            new DraftInput(0, "Sent from our LIMS", "Abstract from the lab", answers),
            Json
        );
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var bytes = "%PDF-1.4 lab report"u8.ToArray();
        using var upload = new MultipartFormDataContent
        {
            {
                new ByteArrayContent(bytes) { Headers = { ContentType = new("application/pdf") } },
                "file",
                "lab-report.pdf"
            },
        };
        var uploaded = await api.PostAsync($"/api/v1/challenges/{challengeId}/proposal/attachments", upload);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            (await uploaded.Content.ReadFromJsonAsync<AttachmentView>(Json))!.Sha256
        );

        // A save from the revision the client had before the upload is refused: someone (the upload) changed it since.
        var stale = await api.PutAsJsonAsync(
            $"/api/v1/challenges/{challengeId}/proposal/draft",
            new DraftInput(1, "Overwrite", "Overwrite", answers),
            Json
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(RuleCodes.ProposalEditedElsewhere, await CodeOf(stale));

        var current = await api.GetFromJsonAsync<ProposalDraft>($"/api/v1/challenges/{challengeId}/proposal", Json);
        Assert.Equal("Sent from our LIMS", current!.Title);
        var submitted = await api.PostAsJsonAsync(
            $"/api/v1/challenges/{challengeId}/proposal/submit",
            new { expectedRevision = current.Revision },
            Json
        );
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var version = (await submitted.Content.ReadFromJsonAsync<SubmittedVersion>(Json))!;
        Assert.Equal(1, version.Number);

        var again = await api.PostAsJsonAsync(
            $"/api/v1/challenges/{challengeId}/proposal/submit",
            new { expectedRevision = current.Revision },
            Json
        );
        Assert.Equal(version, await again.Content.ReadFromJsonAsync<SubmittedVersion>(Json));

        var receipt = await api.GetFromJsonAsync<ProposalReceipt>($"/api/v1/proposals/{version.ProposalId}/receipts/1", Json);
        Assert.Equal(version.ContentSha256, receipt!.ContentSha256);
        Assert.Equal(["lab-report.pdf"], receipt.Files.Select(f => f.FileName));

        // Another solver's system cannot read it.
        var other = Client(await TokenAsync(DemoAccounts.Solver2));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/proposals/{version.ProposalId}/receipts/1")).StatusCode);
    }

    [SkippableFact]
    public async Task A_token_carries_exactly_the_claims_of_a_sign_in_and_a_locked_out_user_is_refused()
    {
        SkipIfUnavailable();
        var solver = (await ApiSolvers.CreateAsync(App, 1, $"claims-{Guid.NewGuid():N}"))[0];
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(solver.UserId))!;
        Assert.True((await users.AddToRoleAsync(user, Roles.Judge)).Succeeded);
        Assert.True((await users.AddClaimAsync(user, new Claim("urn:techchallenge:test", "值"))).Succeeded);
        user = (await users.FindByIdAsync(solver.UserId))!;

        var signIn = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        var tokenUser = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().AuthenticateAsync(solver.Token);
        var api = AppClaimsPrincipalFactory.ForApiToken(
            tokenUser!,
            scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity
        );

        static string[] Flatten(ClaimsPrincipal principal) =>
            principal.Claims.Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Flatten(signIn), Flatten(api));
        Assert.Contains($"{ClaimTypes.Role}={Roles.Judge}", Flatten(api));
        Assert.Equal(signIn.Identity!.AuthenticationType, api.Identity!.AuthenticationType);

        var path = "/api/v1/challenges/00000000-0000-0000-0000-000000000001/proposal";
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await Client(solver.Token).GetAsync(path)).StatusCode);
        Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1))).Succeeded);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(solver.Token).GetAsync(path)).StatusCode);
    }

    [SkippableFact]
    public async Task Without_a_valid_token_the_api_answers_401_and_roles_still_apply()
    {
        SkipIfUnavailable();
        var challengeId = await ChallengeScenarios.PublishAsync(
            App,
            ChallengeScenarios.Content(DateTime.UtcNow.AddDays(5), $"API denials {Guid.NewGuid():N}"),
            [DemoAccounts.Judge]
        );
        var path = $"/api/v1/challenges/{challengeId}/proposal/draft";
        var body = new DraftInput(0, "Title", "Abstract", []);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(null).PutAsJsonAsync(path, body, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client("tc_" + new string('a', 64)).PutAsJsonAsync(path, body, Json)).StatusCode);

        // A signed-in browser's cookie is not an API credential: no cross-site request can use the API.
        var browser = await BrowserlessClient.SignedInAsync(App, DemoAccounts.Solver);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.PutAsJsonAsync(path, body, Json)).StatusCode);

        // A judge's token authenticates, but judges do not write proposals; the refusal is in the caller's language.
        var judge = Client(await TokenAsync(DemoAccounts.Judge), "zh-CN");
        var refused = await judge.PutAsJsonAsync(path, body, Json);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(RuleCodes.AccessDenied, problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString());

        // A revoked token stops working at once.
        await using var scope = App.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var solver = await App.ActorAsync(DemoAccounts.Solver);
        var created = (await tokens.CreateAsync(solver, "To revoke")).Value;
        Assert.Equal(HttpStatusCode.OK, (await Client(created.Secret).PutAsJsonAsync(path, body, Json)).StatusCode);
        Assert.True((await tokens.RevokeAsync(solver, created.Token.Id)).Succeeded);
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await Client(created.Secret).GetAsync($"/api/v1/challenges/{challengeId}/proposal")).StatusCode
        );
        // Only its owner can revoke a token.
        Assert.Equal(
            RuleCodes.NotFound,
            (await tokens.RevokeAsync(await App.ActorAsync(DemoAccounts.Solver2), created.Token.Id)).Violation?.Code
        );
    }

    [SkippableFact]
    public async Task The_api_is_described_by_an_openapi_document()
    {
        SkipIfUnavailable();
        var document = await Client(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/challenges/{challengeId}/proposal/draft", paths);
        Assert.Contains("/api/v1/challenges/{challengeId}/proposal/attachments", paths);
        Assert.Contains("/api/v1/challenges/{challengeId}/proposal/submit", paths);
        Assert.Contains("/api/v1/proposals/{proposalId}/receipts/{version}", paths);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal));
    }
}

[Trait("Database", "Sqlite")]
public sealed class SqliteProposalApiTests(SqliteAppFixture fixture)
    : ProposalApiTests<SqliteAppFixture>(fixture),
        IClassFixture<SqliteAppFixture>;

[Trait("Database", "Postgres")]
public sealed class PostgresProposalApiTests(PostgresAppFixture fixture)
    : ProposalApiTests<PostgresAppFixture>(fixture),
        IClassFixture<PostgresAppFixture>;
