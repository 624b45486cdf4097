using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Infrastructure.Security;
using TechChallenge.TestSupport;

namespace TechChallenge.Web.Tests.Integration;

/// <summary>Registration, logout and the demo-data command, on SQLite.</summary>
public sealed class AccountTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private TechChallengeApp App => fixture.App;

    [Fact]
    public async Task Registering_through_the_form_makes_a_signed_in_solver_and_logging_out_ends_the_session()
    {
        var client = BrowserlessClient.Anonymous(App);
        var email = $"researcher-{Guid.NewGuid():N}@jiangnan.edu.cn";
        var registered = await RegisterAsync(client, "Dr. Li Wei", email, "Jiangnan2026", "Jiangnan2026");

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var roles = await App.WithDbAsync(db =>
            (
                from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where u.Email == email
                select r.Name
            ).ToListAsync()
        );
        Assert.Equal([Roles.Solver], roles);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/proposals/mine")).StatusCode);

        var home = await client.GetDocumentAsync("/");
        var logoutForm = home.Forms.Single(f => f.GetAttribute("action") == "/account/logout");
        var loggedOut = await client.Http.PostAsync("/account/logout", new FormUrlEncodedContent(FormFields(logoutForm)));

        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        var afterLogout = await client.Http.GetAsync("/proposals/mine");
        Assert.Equal(HttpStatusCode.Redirect, afterLogout.StatusCode);
        Assert.Contains("/account/login", afterLogout.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Registration_with_mismatched_passwords_is_refused_with_a_message_and_keeps_the_input()
    {
        var client = BrowserlessClient.Anonymous(App);
        var email = $"mismatch-{Guid.NewGuid():N}@example.org";

        var response = await RegisterAsync(client, "Someone", email, "Jiangnan2026", "Different2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = BrowserlessClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("The two passwords differ.", html.Body!.TextContent);
        Assert.Equal(email, ((IHtmlInputElement)html.QuerySelector("[data-testid=register-email]")!).Value);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Registering_a_taken_e_mail_is_refused_in_the_visitors_language()
    {
        var client = BrowserlessClient.Anonymous(App, culture: "zh-CN");

        var response = await RegisterAsync(client, "冒名者", DemoAccounts.Solver, "Jiangnan2026", "Jiangnan2026");

        var html = BrowserlessClient.Parse(await response.Content.ReadAsStringAsync());
        var errors = string.Join(" | ", html.QuerySelectorAll("[data-testid=register-error]").Select(e => e.TextContent));
        Assert.Contains($"邮箱 {DemoAccounts.Solver} 已被注册。", errors);
    }

    [Fact]
    public async Task The_seed_command_loads_demo_data_outside_Development_and_exits()
    {
        var dataFolder = TechChallengeApp.NewDataFolder();
        try
        {
            var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--seed-demo-data"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__Provider"] = "Sqlite";
            start.Environment["Database__DataPath"] = dataFolder;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(90)), "the seed command did not exit");
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await output} {await errors}");

            await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "techchallenge.db")};Pooling=false");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM AspNetUsers WHERE Email LIKE '%@techchallenge.demo'";
            Assert.Equal(6L, (long)(await command.ExecuteScalarAsync())!);
            command.CommandText = "SELECT NameZh FROM SubCenters ORDER BY NameZh";
            await using var reader = await command.ExecuteReaderAsync();
            var names = new List<string>();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }

            Assert.Equal(["南通分中心", "遵义分中心"], names.Order());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>Fills and posts the real registration form, antiforgery token included.</summary>
    private static async Task<HttpResponseMessage> RegisterAsync(
        BrowserlessClient client,
        string name,
        string email,
        string password,
        string confirm
    )
    {
        var page = await client.GetDocumentAsync("/account/register");
        var fields = FormFields(page.Forms.Single(f => f.QuerySelector("[data-testid=register-email]") is not null));
        fields[NameOf(page, "register-name")] = name;
        fields[NameOf(page, "register-email")] = email;
        fields[NameOf(page, "register-password")] = password;
        fields[NameOf(page, "register-confirm")] = confirm;
        return await client.Http.PostAsync("/account/register", new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> FormFields(IHtmlFormElement form) =>
        form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)).ToDictionary(i => i.Name!, i => i.Value);

    private static string NameOf(IHtmlDocument page, string testId) =>
        ((IHtmlInputElement)page.QuerySelector($"[data-testid={testId}]")!).Name!;
}
